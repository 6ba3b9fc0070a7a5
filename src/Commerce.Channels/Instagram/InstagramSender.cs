using Commerce.Application.Messaging;
using Commerce.Channels.Messenger;
using Commerce.Channels.Meta;

namespace Commerce.Channels.Instagram;

/// <summary>
/// Instagram Direct through the same Send API as Messenger (Instagram-scoped ids). Differences live in
/// <see cref="MetaCapabilities.Instagram"/>: shorter texts, and no order-update tag outside the window.
/// https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message
/// </summary>
/// <remarks>Offers only inside the 24-hour window: Instagram has no marketing template or tag for them.</remarks>
public sealed class InstagramSender(MetaChannels channels, GraphClientFactory clients, TimeProvider clock)
    : SendApiSender(channels[Domain.Conversations.Channel.Instagram], MetaCapabilities.Instagram, clients, clock)
{
    public override string? RefusesBroadcast(BroadcastAudience audience) =>
        audience.Now - audience.LastInboundAt <= MetaCapabilities.Window ? null : "Instagram allows offers only inside the 24-hour window.";
}
