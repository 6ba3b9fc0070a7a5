using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Commerce.Application.Messaging;
using Commerce.Channels.Meta;

namespace Commerce.Channels.Messenger;

/// <summary>
/// Messenger and Instagram through the Send API (<c>POST {base}/me/messages</c>), one call per rendered part.
/// Inside the 24-hour window: <c>messaging_type</c> RESPONSE (or UPDATE for shop-initiated order updates).
/// Outside it only order updates may go, tagged POST_PURCHASE_UPDATE where the platform allows that tag.
/// https://developers.facebook.com/docs/messenger-platform/reference/send-api/
/// https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags
/// </summary>
public abstract class SendApiSender(MetaChannelOptions options, MetaCapabilities capabilities, GraphClientFactory clients, TimeProvider clock)
    : MetaSender(options, clients, clock)
{
    /// <summary>
    /// A little pacing per shopper so the parts of one reply arrive in order and a burst of updates does not flood one
    /// thread; the Send API's own limit (calls per page per 24 h) is far above what a shop sends.
    /// </summary>
    private readonly SendRateLimiter<string> _limiter = SendRateLimiter<string>.PerKey(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 5,
        TokensPerPeriod = 5,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 50,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly GraphReplyRenderer _renderer = new(capabilities, GraphFormat.SendApi);

    protected override Uri SendUri => Options.Endpoint("me/messages");

    /// <summary>Messenger and Instagram have Meta's handover protocol.</summary>
    public override bool PassesThreadControl => true;

    protected override SendRateLimiter<string> Limiter => _limiter;

    protected override SendPlan Plan(OutboxMessage message, DeliveryContext context, bool insideWindow)
    {
        if (message.Kind == OutboxMessage.BroadcastKind)
        {
            // The policy asked again at send time: whether the window is open, and Messenger's marketing consent.
            var audience = new BroadcastAudience(context.LastInboundAt, Clock.GetUtcNow(), context.MarketingToken, context.MarketingTokenExpiresAt);
            if (RefusesBroadcast(audience) is { } refusal)
                return SendPlan.Refused(refusal);
            if (SendsOffersWithMarketingToken)
                return new SendPlan(_renderer.Render(message.Reply, context.Language)) { RecipientToken = context.MarketingToken };
        }

        var update = message.Kind == UpdateKind;
        if (insideWindow)
            return new SendPlan(_renderer.Render(message.Reply, context.Language), update ? "UPDATE" : "RESPONSE");
        if (!update)
            return SendPlan.Refused("Outside the 24-hour window: a response can no longer be sent.");
        if (!capabilities.UpdateTagOutsideWindow)
            return SendPlan.Refused($"Outside the 24-hour window: {Channel} allows no order-update tag.");
        return new SendPlan(_renderer.Render(message.Reply, context.Language), "MESSAGE_TAG", "POST_PURCHASE_UPDATE");
    }

    /// <inheritdoc cref="IChannelSender.RefusesBroadcast"/>
    public abstract override string? RefusesBroadcast(BroadcastAudience audience);

    /// <summary>True: offers go to the marketing-messages token instead of the page-scoped id (Messenger).</summary>
    protected virtual bool SendsOffersWithMarketingToken => false;

    protected override JsonObject Envelope(string recipientId, JsonObject body, SendPlan plan)
    {
        if (plan.RecipientToken is { } token)
        {
            // A marketing message: addressed by the opt-in's token, without a messaging type or tag.
            return new JsonObject
            {
                ["recipient"] = new JsonObject { ["notification_messages_token"] = token },
                ["message"] = body.DeepClone(),
            };
        }

        var envelope = new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = recipientId },
            ["messaging_type"] = plan.MessagingType,
            ["message"] = body.DeepClone(),
        };
        if (plan.Tag is not null)
            envelope["tag"] = plan.Tag;
        return envelope;
    }
}

/// <summary>Facebook Messenger: page-scoped ids, the page access token.</summary>
/// <remarks>
/// Offers go to Messenger only with the shopper's marketing-messages consent: Meta's Marketing Messages opt-in, whose
/// webhook (<c>optin</c>, type notification_messages) leaves a token on the conversation. They are sent to that token,
/// inside or outside the 24-hour window; without a valid token the recipient is skipped.
/// https://developers.facebook.com/docs/messenger-platform/marketing-messages
/// </remarks>
public sealed class MessengerSender(MetaChannels channels, GraphClientFactory clients, TimeProvider clock)
    : SendApiSender(channels[Domain.Conversations.Channel.Messenger], MetaCapabilities.Messenger, clients, clock)
{
    public override string? RefusesBroadcast(BroadcastAudience audience) => audience.HasMarketingConsent
        ? null
        : "Messenger allows offers only to shoppers who gave marketing-messages consent (Marketing Messages opt-in), which is not recorded for this shopper or has expired.";

    protected override bool SendsOffersWithMarketingToken => true;
}
