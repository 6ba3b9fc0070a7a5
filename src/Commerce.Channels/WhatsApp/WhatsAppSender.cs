using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Commerce.Application.Messaging;
using Commerce.Channels.Meta;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WhatsApp;

/// <summary>
/// WhatsApp Cloud API: <c>POST {base}/{phone-number-id}/messages</c> with <c>messaging_product: whatsapp</c>.
/// Free-form messages only inside the 24-hour customer service window; outside it, order updates go as the
/// configured template (one body parameter carrying the update's text), anything else is undeliverable.
/// https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
/// https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows
/// </summary>
public sealed class WhatsAppSender : MetaSender
{
    private const int MaxTemplateParameter = 1024;

    private readonly GraphReplyRenderer _renderer;

    /// <summary>Throughput per business number: 80 messages/s by default, up to 1000 once upgraded.
    /// https://developers.facebook.com/docs/whatsapp/cloud-api/overview#throughput</summary>
    private readonly SendRateLimiter<string> _limiter;

    public WhatsAppSender(MetaChannels channels, GraphClientFactory clients, TimeProvider clock)
        : base(channels[Channel.WhatsApp], clients, clock)
    {
        _renderer = new GraphReplyRenderer(MetaCapabilities.WhatsApp, GraphFormat.WhatsApp, Options.CatalogId);
        var perSecond = Math.Clamp(Options.MessagesPerSecond, 1, 1000);
        // One bucket for the whole number: the limit is per sender, not per recipient.
        _limiter = SendRateLimiter<string>.Shared(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    protected override Uri SendUri => Options.Endpoint($"{Options.AccountId}/messages");

    protected override SendRateLimiter<string> Limiter => _limiter;

    protected override SendPlan Plan(OutboxMessage message, DeliveryContext context, bool insideWindow)
    {
        if (insideWindow)
            return new SendPlan(_renderer.Render(message.Reply, context.Language));
        if (message.Kind == OutboxMessage.BroadcastKind)
        {
            return Options.MarketingTemplateName is { Length: > 0 } marketing
                ? new SendPlan([Template(marketing, Options.MarketingTemplateLanguage, message.Reply)])
                : SendPlan.Refused(NoMarketingTemplate);
        }

        if (message.Kind != UpdateKind)
            return SendPlan.Refused("Outside the 24-hour customer service window: only template messages can be sent.");
        if (Options.UpdateTemplateName is not { Length: > 0 } template)
            return SendPlan.Refused("Outside the 24-hour customer service window and no update template is configured (Channels:WhatsApp:UpdateTemplate:Name).");
        return new SendPlan([Template(template, Options.UpdateTemplateLanguage, message.Reply)]);
    }

    private const string NoMarketingTemplate =
        "Outside the 24-hour customer service window and no approved marketing template is configured (Channels:WhatsApp:MarketingTemplate:Name).";

    /// <summary>Inside the window an offer is a normal message; outside it only the approved marketing template may carry it.</summary>
    public override string? RefusesBroadcast(BroadcastAudience audience) =>
        audience.Now - audience.LastInboundAt <= MetaCapabilities.Window || Options.MarketingTemplateName is { Length: > 0 } ? null : NoMarketingTemplate;

    protected override JsonObject Envelope(string recipientId, JsonObject body, SendPlan plan)
    {
        var envelope = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = recipientId,
        };
        foreach (var (key, value) in body)
            envelope[key] = value?.DeepClone();
        return envelope;
    }

    /// <summary>
    /// The update's texts as the template's single body parameter. Parameters may not hold new lines or tabs
    /// (error 132018), so lines are joined.
    /// https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates
    /// </summary>
    private static JsonObject Template(string name, string language, OutboundReply reply)
    {
        var text = string.Join(" · ", reply.Parts.Select(p => p switch
        {
            TextPart t => t.Text,
            LinkPart l => $"{l.Text} {l.Url}",
            CartPart c => c.Text,
            ReceiptPart r => r.Text,
            QuickRepliesPart q => q.Text,
            _ => null,
        }).Where(t => !string.IsNullOrWhiteSpace(t)));
        text = string.Join(' ', text.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new JsonObject
        {
            ["type"] = "template",
            ["template"] = new JsonObject
            {
                ["name"] = name,
                ["language"] = new JsonObject { ["code"] = language },
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = "body",
                    ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = ChannelText.Shorten(text, MaxTemplateParameter) }),
                }),
            },
        };
    }
}
