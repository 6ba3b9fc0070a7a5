using System.Text.Json;
using Commerce.Application.Inbound;
using Commerce.Application.Messaging;
using Commerce.Channels.Meta;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.Messenger;

/// <summary>
/// Parses Messenger (<c>object: page</c>) and Instagram (<c>object: instagram</c>) webhooks, which share one shape:
/// <c>entry[].messaging[]</c> with <c>message</c> (text, quick_reply, attachments, is_echo), <c>postback</c>,
/// <c>delivery</c> or <c>read</c>. Every entry and every messaging item is handled: Meta batches them.
/// https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
/// https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messaging_postbacks
/// https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook
/// </summary>
public static class SendApiWebhookParser
{
    public static MetaWebhookBatch Parse(JsonElement root, Channel channel, string? accountId, DateTimeOffset now)
    {
        var batch = new MetaWebhookBatch { KnownObject = root.Str("object") == (channel == Channel.Instagram ? "instagram" : "page") };
        if (!batch.KnownObject)
            return batch;
        foreach (var entry in root.Arr("entry"))
        {
            var entryId = entry.Str("id");
            if (accountId is { Length: > 0 } && entryId != accountId)
            {
                batch.ForeignAccountIds.Add(entryId ?? "(none)");
                continue;
            }

            // "standby" items belong to another app that owns the thread (handover protocol): not ours to answer.
            batch.Ignored += entry.Arr("standby").Count();
            foreach (var item in entry.Arr("messaging"))
            {
                if (channel == Channel.Messenger && OptIn(item) is { } optIn)
                    batch.MarketingOptIns.Add(optIn);
                else if (Turn(item, channel, now) is { } message)
                    batch.Messages.Add(message);
                else
                    batch.Ignored++;
            }
        }

        return batch;
    }

    /// <summary>
    /// <c>optin</c> of type <c>notification_messages</c>: the shopper agreed to marketing messages (a token, valid until
    /// <c>token_expiry_timestamp</c>), or stopped or resumed them (<c>notification_messages_status</c>).
    /// https://developers.facebook.com/docs/messenger-platform/marketing-messages
    /// </summary>
    private static MarketingOptIn? OptIn(JsonElement item)
    {
        if (item.Obj("sender")?.Str("id") is not { } sender || item.Obj("optin") is not { } optin || optin.Str("type") != "notification_messages")
            return null;
        if (optin.Str("notification_messages_status") == "STOP_NOTIFICATIONS")
            return new MarketingOptIn(sender, null, null, Stopped: true);
        if (optin.Str("notification_messages_token") is not { Length: > 0 and <= 512 } token)
            return null;
        DateTimeOffset? expires = long.TryParse(optin.Str("token_expiry_timestamp"), out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new MarketingOptIn(sender, token, expires, Stopped: false);
    }

    private static InboundMessage? Turn(JsonElement item, Channel channel, DateTimeOffset now)
    {
        var sender = item.Obj("sender")?.Str("id");
        if (sender is null)
            return null;
        var timestampText = item.Str("timestamp");
        var timestamp = MetaJson.Time(timestampText, milliseconds: true, now);

        if (item.Obj("postback") is { } postback)
        {
            var payload = postback.Str("payload");
            if (string.IsNullOrEmpty(payload))
                return null;
            var id = postback.Str("mid") ?? MetaJson.SyntheticId(sender, timestampText, payload);
            return new InboundMessage(channel, id, sender, timestamp, Payload: payload);
        }

        // Echoes are copies of what the page itself sent; delivery, read, reaction, message_edit and referral items
        // carry no "message": none of them is a new turn (an edit follows a message that was already answered).
        if (item.Obj("message") is not { } message || message.Flag("is_echo") || message.Flag("is_deleted") || message.Str("mid") is not { } mid)
            return null;
        if (message.Obj("quick_reply")?.Str("payload") is { Length: > 0 } quickReply)
            return new InboundMessage(channel, mid, sender, timestamp, Text: message.Str("text"), Payload: quickReply);

        // Link previews ("fallback") point anywhere on the web, not at Meta's media CDN: they are not fetched. The link
        // is in the text anyway.
        var attachments = message.Arr("attachments")
            .Select(a => new InboundAttachment(a.Str("type") ?? "file", a.Obj("payload")?.Str("url"), null))
            .Where(a => a.Url is not null && a.Type != "fallback")
            .ToList();
        var text = message.Str("text");
        if (string.IsNullOrWhiteSpace(text) && attachments.Count == 0)
            return null;
        return new InboundMessage(channel, mid, sender, timestamp, Text: text, Attachments: attachments.Count > 0 ? attachments : null);
    }
}
