using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.Application.Messaging;
using Commerce.Application.Understanding;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.Line;

/// <summary>
/// A user who blocked the shop's account, and when (https://developers.line.biz/en/reference/messaging-api/#unfollow-event);
/// <see cref="Redelivered"/> when LINE sends it again after a failed delivery, possibly after newer events.
/// </summary>
public sealed record LineUnfollow(string UserId, DateTimeOffset At, bool Redelivered);

/// <summary>What one webhook delivery means to us: shopper turns to store, unfollows to record, the rest counted.</summary>
public sealed class LineWebhookBatch
{
    public List<InboundMessage> Messages { get; } = [];

    public List<LineUnfollow> Unfollows { get; } = [];

    public int Ignored { get; set; }
}

/// <summary>
/// Turns a LINE webhook body (<c>{"destination", "events": [...]}</c>) into neutral messages.
/// https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
/// </summary>
public static class LineWebhookParser
{
    /// <summary>
    /// The inbox de-duplicates on (channel, platform message id). LINE redelivers an event with the same
    /// <c>webhookEventId</c> (and <c>deliveryContext.isRedelivery: true</c>), so that id is the key.
    /// </summary>
    public static string PlatformMessageId(string webhookEventId) => $"line-{webhookEventId}";

    /// <summary>The events of a delivery; null when the body is not a webhook at all (no <c>events</c> array).</summary>
    public static LineWebhookBatch? Parse(JsonElement root, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            return null;
        var batch = new LineWebhookBatch();
        foreach (var item in events.EnumerateArray())
        {
            switch (Read(item, now))
            {
                case InboundMessage message:
                    batch.Messages.Add(message);
                    break;
                case LineUnfollow unfollow:
                    batch.Unfollows.Add(unfollow);
                    break;
                default:
                    batch.Ignored++;
                    break;
            }
        }

        return batch;
    }

    /// <summary>
    /// One-to-one chats with a user only: groups and rooms are not a shop. "standby" events belong to another module
    /// that has the chat (https://developers.line.biz/en/docs/partner-docs/module-technical-chat-control/); they carry
    /// no reply token and are not ours to answer.
    /// </summary>
    private static object? Read(JsonElement item, DateTimeOffset now)
    {
        if (item.Obj("source") is not { } source || source.Str("type") != "user" || source.Str("userId") is not { Length: > 0 } userId)
            return null;
        if (item.Str("mode") is "standby")
            return null;
        var timestamp = item.Millis("timestamp", now);
        var type = item.Str("type");
        if (type == "unfollow")
            return new LineUnfollow(userId, timestamp > now ? now : timestamp, item.Obj("deliveryContext")?.Flag("isRedelivery") == true);

        var replyToken = item.Str("replyToken") is { Length: > 0 } token ? new PlatformReplyToken(token, now) : null;
        var message = type switch
        {
            "message" when item.Obj("message") is { } content => FromMessage(content),
            "postback" when item.Obj("postback")?.Str("data") is { Length: > 0 } data => new Turn(Payload: data),
            // A new friend (or one who unblocked the account): greet them.
            "follow" => new Turn(Payload: ActionPayload.Plain(ActionPayload.Start)),
            _ => null,
        };
        if (message is null)
            return null;
        var id = PlatformMessageId(item.Str("webhookEventId") is { Length: > 0 } eventId ? eventId : Synthetic(type, userId, item));
        return new InboundMessage(
            Channel.Line, id, userId, timestamp, Text: message.Text, Payload: message.Payload, Attachments: message.Attachments, ReplyToken: replyToken);
    }

    private sealed record Turn(string? Text = null, string? Payload = null, IReadOnlyList<InboundAttachment>? Attachments = null);

    /// <summary>
    /// Text is the shopper's text; an image is kept for the team (its bytes come from the content API, or from the
    /// sender's own server when <c>contentProvider.type</c> is "external"); a sticker gets a friendly word back; video,
    /// audio, files and locations are turns without text ("tell me what you are looking for").
    /// https://developers.line.biz/en/reference/messaging-api/#message-event
    /// </summary>
    private static Turn FromMessage(JsonElement message)
    {
        var messageId = message.Id("id");
        return message.Str("type") switch
        {
            "text" => new Turn(Text: message.Str("text")),
            // LINE's message ids are ~18 digits; one that does not fit the attachment table is no LINE id.
            "image" when messageId is { Length: > 0 and <= 256 } => new Turn(Attachments: [new InboundAttachment("image", ExternalUrl(message), messageId)]),
            "sticker" => new Turn(Attachments: [new InboundAttachment(InboundAttachment.Sticker, null, $"{message.Id("packageId")}/{message.Id("stickerId")}")]),
            _ => new Turn(),
        };
    }

    private static string? ExternalUrl(JsonElement message) =>
        message.Obj("contentProvider") is { } provider && provider.Str("type") == "external" && provider.Str("originalContentUrl") is { Length: <= 2000 } url
            ? url
            : null;

    /// <summary>Every event LINE sends today has a webhookEventId; for one without, the same event gives the same id.</summary>
    private static string Synthetic(string? type, string userId, JsonElement item)
    {
        var parts = string.Join('\u001f', type, userId, item.Id("timestamp"), item.Obj("message")?.Id("id"), item.Obj("postback")?.Str("data"));
        return "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))[..40];
    }
}
