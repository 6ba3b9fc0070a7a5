using System.Text.Json;
using Commerce.Application.Inbound;
using Commerce.Channels.Webhooks;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.Channels.Line;

/// <summary>
/// LINE Messaging API webhooks (https://developers.line.biz/en/reference/messaging-api/#webhooks): the signature is
/// checked over the raw body before anything is parsed. LINE redelivers what was not acknowledged, with the same
/// webhookEventId.
/// </summary>
public sealed class LineWebhookAdapter(IOptions<LineOptions> options) : IWebhookAdapter
{
    public const string SignatureHeader = "X-Line-Signature";

    public Channel Channel => Channel.Line;

    public bool IsEnabled => options.Value.IsEnabled;

    public WebhookReading Read(IHeaderDictionary headers, byte[] body, DateTimeOffset now)
    {
        if (!LineSignature.IsValid(body, headers[SignatureHeader].ToString(), options.Value.ChannelSecret!))
            return WebhookRefusal.Unauthorized("signature");

        // LINE sends UTF-8 JSON; bytes that are not UTF-8 at all are no webhook of theirs.
        if (!System.Text.Unicode.Utf8.IsValid(body))
            return WebhookRefusal.BadRequest;

        LineWebhookBatch? batch;
        try
        {
            using var document = JsonDocument.Parse(body);
            batch = LineWebhookParser.Parse(document.RootElement, now);
        }
        catch (JsonException)
        {
            return WebhookRefusal.BadRequest;
        }

        // Without an events array it is no webhook. The console's "Verify" button posts "events": [] and gets its 200.
        if (batch is null)
            return WebhookRefusal.BadRequest;

        var blocks = batch.Unfollows.Select(u => new ShopperBlocked(u.UserId, u.At, u.Redelivered)).ToList();
        // Images are fetched from the content API in the background (LineContentFetcher); stickers are no file to keep.
        var inbound = new AcceptInbound(Channel.Line, batch.Messages, Blocks: blocks, Attachments: KeptAttachments.Images);
        return new WebhookBatch(inbound, Ignored: batch.Ignored);
    }
}
