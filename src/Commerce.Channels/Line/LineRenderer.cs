using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Microsoft.Extensions.Logging;
using static Commerce.Channels.Line.LineCapabilities;

namespace Commerce.Channels.Line;

/// <summary>
/// One LINE message object, and what to send instead when LINE refuses it (a flex message as plain text with quick
/// replies): https://developers.line.biz/en/reference/messaging-api/#message-objects
/// </summary>
public sealed record LineMessage(JsonObject Body, JsonObject? Fallback = null);

/// <summary>
/// Renders a neutral reply as LINE message objects within <see cref="LineCapabilities"/>. Cards become a flex
/// carousel (up to 12 bubbles: image, title, subtitle, price, buttons), the rest a numbered list; quick replies ride on
/// a text message; the payment link is a bubble with a URI button. Every flex message has a text fallback.
/// </summary>
public sealed class LineRenderer(ILogger<LineRenderer> logger)
{
    private const int MaxTitleLength = 100;
    private const int MaxSubtitleLength = 300;
    private const int MaxDisplayTextLength = 300;
    private const string FallbackText = "👇";

    public IReadOnlyList<LineMessage> Render(OutboundReply reply)
    {
        var messages = new List<LineMessage>();
        foreach (var part in reply.Parts)
        {
            switch (part)
            {
                case TextPart text:
                    messages.AddRange(Texts(text.Text));
                    break;
                case CarouselPart { Cards.Count: > 0 } carousel:
                    messages.AddRange(Carousel(carousel.Cards));
                    break;
                case QuickRepliesPart quick:
                    messages.AddRange(Texts(quick.Text, QuickReply(quick.Options.Select(o => (o.Title, o.Payload)))));
                    break;
                case LinkPart link:
                    messages.Add(Link(link));
                    break;
                case ReceiptPart receipt:
                    messages.AddRange(Texts(receipt.Text));
                    break;
                case CartPart cart:
                    messages.AddRange(Cart(cart));
                    break;
            }
        }

        return messages;
    }

    /// <summary>Text over 5000 characters goes out in pieces; quick replies ride on the last one (LINE shows them on the latest message only).</summary>
    private static IEnumerable<LineMessage> Texts(string? text, JsonObject? quickReply = null)
    {
        var pieces = LineText.Split(text);
        if (pieces.Count == 0)
        {
            if (quickReply is not null)
                yield return new LineMessage(Text(FallbackText, quickReply));
            yield break;
        }

        for (var i = 0; i < pieces.Count; i++)
            yield return new LineMessage(Text(pieces[i], i == pieces.Count - 1 ? quickReply : null));
    }

    private static JsonObject Text(string text, JsonObject? quickReply = null)
    {
        var message = new JsonObject { ["type"] = "text", ["text"] = text };
        if (quickReply is not null)
            message["quickReply"] = quickReply;
        return message;
    }

    private IEnumerable<LineMessage> Carousel(IReadOnlyList<ProductCard> cards)
    {
        var shown = cards.Take(MaxBubbles).ToList();
        var bubbles = new JsonArray(shown.Select(card => (JsonNode)Bubble(card)).ToArray());
        var contents = shown.Count == 1 ? bubbles[0]!.DeepClone() : new JsonObject { ["type"] = "carousel", ["contents"] = bubbles };
        var list = NumberedList(shown, 0);
        var firstActions = QuickReply(shown.SelectMany((card, i) => card.Actions.Where(x => Fits(x.Payload)).Take(1).Select(x => ($"{i + 1} · {card.Title}", x.Payload!))));
        yield return new LineMessage(Flex(list, contents), Text(ChannelText.Shorten(list, MaxTextLength), firstActions));

        // Beyond twelve cards, the rest as a numbered list: still every product, just without pictures.
        if (cards.Count > MaxBubbles)
        {
            foreach (var message in Texts(NumberedList(cards.Skip(MaxBubbles).ToList(), MaxBubbles)))
                yield return message;
        }
    }

    private JsonObject Bubble(ProductCard card)
    {
        var body = new JsonArray { FlexText(LineText.Label(card.Title, MaxTitleLength), weight: "bold", size: "md") };
        if (!string.IsNullOrWhiteSpace(card.Subtitle))
            body.Add(FlexText(ChannelText.Shorten(card.Subtitle, MaxSubtitleLength), size: "sm", color: "#666666"));
        if (!string.IsNullOrWhiteSpace(card.Price))
            body.Add(FlexText(ChannelText.Shorten(card.Price, MaxTitleLength), weight: "bold", size: "md"));
        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = Box(body),
        };
        if (UsableImage(card.ImageUrl) is { } image)
            bubble["hero"] = new JsonObject { ["type"] = "image", ["url"] = image, ["size"] = "full", ["aspectRatio"] = "20:13", ["aspectMode"] = "cover" };
        var buttons = card.Actions.Select(Action).OfType<JsonObject>().Take(MaxButtonsPerBubble)
            .Select((action, i) => (JsonNode)Button(action, i == 0 ? "primary" : "secondary")).ToArray();
        if (buttons.Length > 0)
            bubble["footer"] = Box(new JsonArray(buttons));
        return bubble;
    }

    /// <summary>The payment link: a bubble with a URI button; text with the address when the address is not one LINE opens.</summary>
    private LineMessage Link(LinkPart link)
    {
        var asText = Text(ChannelText.Shorten($"{link.Text}\n{link.Url}".Trim(), MaxTextLength));
        if (Uri(link.Url) is not { } uri)
            return new LineMessage(asText);
        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = Box(new JsonArray { FlexText(LineText.Label(link.Text, MaxTextLength)) }),
            ["footer"] = Box(new JsonArray { Button(new JsonObject { ["type"] = "uri", ["label"] = LineText.Label(link.Title), ["uri"] = uri }, "primary") }),
        };
        return new LineMessage(Flex(link.Text, bubble), asText);
    }

    /// <summary>The cart's lines as text with a "✕ item" button per line; plain text when nothing can be removed.</summary>
    private IEnumerable<LineMessage> Cart(CartPart cart)
    {
        var removes = cart.Lines.Where(l => Fits(l.RemovePayload)).Take(MaxCartButtons)
            .Select(l => (JsonNode)Button(Postback(l.RemovePayload, $"✕ {l.Title}")!, "link")).ToArray();
        if (removes.Length == 0)
        {
            foreach (var message in Texts(cart.Text))
                yield return message;
            yield break;
        }

        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = Box(new JsonArray { FlexText(LineText.Label(cart.Text, MaxTextLength)) }),
            ["footer"] = Box(new JsonArray(removes)),
        };
        yield return new LineMessage(Flex(cart.Text, bubble), Text(LineText.Label(cart.Text, MaxTextLength)));
    }

    /// <summary>Quick reply buttons: at most 13, labels of at most 20 characters; a payload LINE would refuse is left out.</summary>
    private JsonObject? QuickReply(IEnumerable<(string Title, string Payload)> options)
    {
        var items = options.Select(o => Postback(o.Payload, o.Title)).OfType<JsonObject>().Take(MaxQuickReplyItems)
            .Select(action => (JsonNode)new JsonObject { ["type"] = "action", ["action"] = action }).ToArray();
        return items.Length == 0 ? null : new JsonObject { ["items"] = new JsonArray(items) };
    }

    /// <summary>A URL action opens the link; a payload action posts back; anything else has no button.</summary>
    private JsonObject? Action(ReplyAction action) => action switch
    {
        { Url: { Length: > 0 } url } => Uri(url) is { } uri ? new JsonObject { ["type"] = "uri", ["label"] = LineText.Label(action.Title), ["uri"] = uri } : null,
        { Payload: { Length: > 0 } payload } => Postback(payload, action.Title),
        _ => null,
    };

    /// <summary>A postback action, or null (logged) when the data is empty or over 300 characters.</summary>
    private JsonObject? Postback(string? payload, string? title = null)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxPostbackDataLength)
        {
            if (payload is { Length: > 0 })
                logger.LogWarning("LINE button dropped: postback data of {Length} characters is over {Max}", payload.Length, MaxPostbackDataLength);
            return null;
        }

        return new JsonObject
        {
            ["type"] = "postback",
            ["label"] = LineText.Label(title),
            ["data"] = payload,
            // What the shopper's tap shows in the chat, as if they had written it.
            ["displayText"] = LineText.Label(title, MaxDisplayTextLength),
        };
    }

    private static bool Fits(string? payload) => payload is { Length: > 0 and <= MaxPostbackDataLength };

    private static string? Uri(string? url) =>
        url is { Length: > 0 and <= MaxUriLength } && System.Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "line" or "tel"
            ? url
            : null;

    /// <summary>LINE shows HTTPS images in JPEG or PNG only; an SVG or plain-HTTP image leaves the bubble without a picture.</summary>
    private static string? UsableImage(string? url) =>
        url is { Length: > 0 and <= MaxImageUrlLength } && System.Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https"
            && (uri.AbsolutePath.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
                || uri.AbsolutePath.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            ? url
            : null;

    private static string NumberedList(IReadOnlyList<ProductCard> cards, int offset) =>
        ChannelText.Numbered(null, cards, int.MaxValue, firstNumber: offset + 1, titleMax: MaxTitleLength);

    private static JsonObject Flex(string altText, JsonNode contents) => new()
    {
        ["type"] = "flex",
        ["altText"] = LineText.Label(altText, MaxAltTextLength),
        ["contents"] = contents,
    };

    private static JsonObject Box(JsonArray contents) => new() { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "sm", ["contents"] = contents };

    private static JsonObject Button(JsonObject action, string style) => new() { ["type"] = "button", ["style"] = style, ["height"] = "sm", ["action"] = action };

    private static JsonObject FlexText(string text, string? weight = null, string? size = null, string? color = null)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
            node["weight"] = weight;
        if (size is not null)
            node["size"] = size;
        if (color is not null)
            node["color"] = color;
        return node;
    }
}
