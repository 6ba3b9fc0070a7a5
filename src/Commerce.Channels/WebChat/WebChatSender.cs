using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WebChat;

/// <summary>
/// The web chat has no platform to call: a reply is delivered once it is marked sent; the page fetches it by
/// long poll, woken by <see cref="WebChatNotifier"/> after that state is committed.
/// </summary>
public sealed class WebChatSender : IChannelSender
{
    public Channel Channel => Channel.WebChat;

    public bool DeliversOnCommit => true;

    public Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken)
    {
        return Task.FromResult(SendResult.Sent($"web-{message.Id}"));
    }
}
