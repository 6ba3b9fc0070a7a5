using System.Text.Json;
using Commerce.Application.Inbound;
using Commerce.Channels.Messenger;
using Commerce.Channels.Webhooks;
using Commerce.Channels.WhatsApp;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Meta;

/// <summary>
/// Webhooks of Messenger, Instagram and WhatsApp, one adapter per channel: the subscription check and signed event
/// deliveries (https://developers.facebook.com/docs/graph-api/webhooks/getting-started).
/// </summary>
public sealed class MetaWebhookAdapter(Channel channel, MetaChannels channels, ILogger<MetaWebhookAdapter> logger) : IWebhookAdapter
{
    public const string SignatureHeader = "X-Hub-Signature-256";

    public Channel Channel => channel;

    public bool IsEnabled => Options.Enabled;

    private MetaChannelOptions Options => channels[channel];

    /// <summary>
    /// The hub.challenge to echo when hub.mode is "subscribe" and hub.verify_token matches; null otherwise.
    /// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
    /// </summary>
    public string? Challenge(IQueryCollection query) =>
        query["hub.mode"] == "subscribe" && WebhookSecret.Matches(query["hub.verify_token"], Options.VerifyToken!) && query["hub.challenge"].ToString() is { Length: > 0 } challenge
            ? challenge
            : null;

    public WebhookReading Read(IHeaderDictionary headers, byte[] body, DateTimeOffset now)
    {
        var options = Options;
        if (!MetaSignature.IsValid(body, headers[SignatureHeader], options.AppSecret!))
            return WebhookRefusal.Unauthorized("signature");

        MetaWebhookBatch batch;
        try
        {
            using var document = JsonDocument.Parse(body);
            batch = channel == Channel.WhatsApp
                ? WhatsAppWebhookParser.Parse(document.RootElement, options.AccountId!, now)
                : SendApiWebhookParser.Parse(document.RootElement, channel, options.AccountId, now);
        }
        catch (JsonException)
        {
            return WebhookRefusal.BadRequest;
        }

        // Meta retries anything but 200 for hours and then disables the subscription, so an object we do not
        // handle is acknowledged and logged rather than refused.
        if (!batch.KnownObject)
            logger.LogWarning("{Channel} webhook for an object this endpoint does not handle; ignored", channel);
        if (batch.ForeignAccountIds.Count > 0)
            logger.LogWarning("{Channel} webhook events for other accounts ignored: {AccountIds}", channel, string.Join(",", batch.ForeignAccountIds));

        var inbound = new AcceptInbound(channel, batch.Messages, batch.Statuses, batch.MarketingOptIns, Attachments: KeptAttachments.All);
        return new WebhookBatch(inbound, Ignored: batch.Ignored);
    }
}
