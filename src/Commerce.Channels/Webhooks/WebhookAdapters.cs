using Commerce.Domain.Conversations;

namespace Commerce.Channels.Webhooks;

/// <summary>Every channel's webhook adapter, registered whether the channel is enabled or not (then its webhook answers 404).</summary>
public sealed class WebhookAdapters(IEnumerable<IWebhookAdapter> adapters)
{
    private readonly Dictionary<Channel, IWebhookAdapter> _byChannel = adapters.ToDictionary(a => a.Channel);

    public IWebhookAdapter this[Channel channel] => _byChannel[channel];
}
