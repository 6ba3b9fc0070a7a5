using System.Text.Json;
using Commerce.Application.Inbound;
using Commerce.Application.Messaging;
using Commerce.Channels.Meta;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WhatsApp;

/// <summary>
/// Parses WhatsApp Cloud API webhooks (<c>object: whatsapp_business_account</c>): every
/// <c>entry[].changes[].value.messages[]</c> becomes a turn, every <c>statuses[]</c> item a delivery state.
/// https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
/// https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/receive-responses/
/// </summary>
public static class WhatsAppWebhookParser
{
    public static MetaWebhookBatch Parse(JsonElement root, string phoneNumberId, DateTimeOffset now)
    {
        var batch = new MetaWebhookBatch { KnownObject = root.Str("object") == "whatsapp_business_account" };
        if (!batch.KnownObject)
            return batch;
        foreach (var change in root.Arr("entry").SelectMany(e => e.Arr("changes")))
        {
            if (change.Obj("value") is not { } value || change.Str("field") is not (null or "messages"))
            {
                batch.Ignored++;
                continue;
            }

            var addressedTo = value.Obj("metadata")?.Str("phone_number_id");
            if (addressedTo != phoneNumberId)
            {
                batch.ForeignAccountIds.Add(addressedTo ?? "(none)");
                continue;
            }

            foreach (var message in value.Arr("messages"))
            {
                if (Turn(message, now) is { } turn)
                    batch.Messages.Add(turn);
                else
                    batch.Ignored++;
            }

            foreach (var status in value.Arr("statuses"))
            {
                if (status.Str("id") is { } id && status.Str("status") is { } state)
                {
                    var error = status.Arr("errors").Select(e => $"{e.Str("code")}: {e.Str("title")}").FirstOrDefault();
                    batch.Statuses.Add(new DeliveryStatusUpdate(id, state, MetaJson.Time(status.Str("timestamp"), milliseconds: false, now), error));
                }
            }
        }

        return batch;
    }

    private static InboundMessage? Turn(JsonElement message, DateTimeOffset now)
    {
        if (message.Str("from") is not { } from || message.Str("id") is not { } id)
            return null;
        var at = MetaJson.Time(message.Str("timestamp"), milliseconds: false, now);
        var channel = Channel.WhatsApp;
        switch (message.Str("type"))
        {
            case "text":
                return message.Obj("text")?.Str("body") is { Length: > 0 } body ? new InboundMessage(channel, id, from, at, Text: body) : null;
            case "interactive":
                var interactive = message.Obj("interactive");
                var reply = interactive?.Obj("button_reply") ?? interactive?.Obj("list_reply");
                return reply?.Str("id") is { Length: > 0 } choice ? new InboundMessage(channel, id, from, at, Payload: choice) : null;
            case "button":
                // A quick-reply button of a template message (our update template).
                return message.Obj("button")?.Str("payload") is { Length: > 0 } payload ? new InboundMessage(channel, id, from, at, Payload: payload) : null;
            case "image" or "sticker" or "video" or "audio" or "document":
                var type = message.Str("type")!;
                var media = message.Obj(type);
                var mediaId = media?.Str("id");
                return mediaId is null ? null : new InboundMessage(channel, id, from, at, Text: media?.Str("caption"), Attachments: [new InboundAttachment(type, null, mediaId)]);
            case "order":
                var lines = message.Obj("order") is { } order
                    ? order.Arr("product_items")
                        .Where(p => p.Str("product_retailer_id") is { Length: > 0 })
                        .Select(p => new NativeOrderLine(p.Str("product_retailer_id")!, int.TryParse(p.Str("quantity"), out var q) ? q : 1))
                        .ToList()
                    : [];
                return lines.Count > 0 ? new InboundMessage(channel, id, from, at, Text: message.Obj("order")?.Str("text"), NativeOrder: lines) : null;
            default:
                // reaction, location, contacts, system, unsupported: not shopper turns the shop can act on.
                return null;
        }
    }
}
