using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Application.Tests.Messaging;

/// <summary>Which channels can take a message: the set-up ones, whether their sender is left out or reports itself disabled.</summary>
public sealed class ChannelSendersTests
{
    [Fact]
    public void Only_set_up_channels_have_a_sender_and_the_others_share_one_reason()
    {
        var webChat = new Sender(Channel.WebChat, enabled: true);
        var senders = new ChannelSenders([webChat, new Sender(Channel.Messenger, enabled: false)]);

        senders.For(Channel.WebChat).Should().BeSameAs(webChat);
        senders.For(Channel.Messenger).Should().BeNull("its settings are missing");
        senders.For(Channel.Telegram).Should().BeNull("it registered no sender");
        ChannelSenders.NotConfigured(Channel.Telegram).Should().Be("The Telegram channel is not configured.");
    }

    private sealed class Sender(Channel channel, bool enabled) : IChannelSender
    {
        public Channel Channel => channel;

        public bool IsEnabled => enabled;

        public Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken) =>
            Task.FromResult(SendResult.Sent("1"));
    }
}
