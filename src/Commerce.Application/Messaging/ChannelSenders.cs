using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

/// <summary>
/// The senders of the channels that are set up, by channel. Every channel registers the same way: a channel whose
/// settings are missing has no sender here (and its webhook answers 404), so whatever is written to it — a reply, an
/// update, an offer — is refused for the same reason everywhere.
/// </summary>
public sealed class ChannelSenders(IEnumerable<IChannelSender> senders)
{
    private readonly IReadOnlyDictionary<Channel, IChannelSender> _enabled = senders.Where(s => s.IsEnabled).ToDictionary(s => s.Channel);

    /// <summary>The channel's sender, or null when the channel is not set up.</summary>
    public IChannelSender? For(Channel channel) => _enabled.GetValueOrDefault(channel);

    public static string NotConfigured(Channel channel) => $"The {channel} channel is not configured.";
}
