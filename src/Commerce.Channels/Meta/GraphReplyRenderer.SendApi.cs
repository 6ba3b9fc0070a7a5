using System.Text.Json.Nodes;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>The Send API shapes shared by Messenger and Instagram.</summary>
public sealed partial class GraphReplyRenderer
{
    /// <summary>
    /// A horizontally scrollable carousel of generic templates.
    /// https://developers.facebook.com/docs/messenger-platform/reference/templates/generic
    /// </summary>
    private JsonObject GenericTemplate(IReadOnlyList<ProductCard> cards)
    {
        var elements = new JsonArray();
        foreach (var card in cards.Take(capabilities.MaxCards))
        {
            var element = new JsonObject
            {
                ["title"] = ChannelText.Shorten(card.Title, capabilities.CardTitle),
                ["subtitle"] = ChannelText.Shorten(ChannelText.PriceLine(card), capabilities.CardSubtitle),
            };
            if (card.ImageUrl is { Length: > 0 } image)
                element["image_url"] = image;
            var buttons = new JsonArray(card.Actions.Take(capabilities.MaxCardButtons).Select(Button).OfType<JsonNode>().ToArray());
            if (buttons.Count > 0)
                element["buttons"] = buttons;
            elements.Add(element);
        }

        return Attachment(new JsonObject { ["template_type"] = "generic", ["elements"] = elements });
    }

    private JsonObject? Button(ReplyAction action) => action switch
    {
        { Url: { Length: > 0 } url } => new JsonObject { ["type"] = "web_url", ["url"] = url, ["title"] = ChannelText.Shorten(action.Title, capabilities.ButtonTitle) },
        { Payload: { Length: > 0 } payload } => new JsonObject { ["type"] = "postback", ["title"] = ChannelText.Shorten(action.Title, capabilities.ButtonTitle), ["payload"] = payload },
        _ => null,
    };

    /// <summary>https://developers.facebook.com/docs/messenger-platform/send-messages/quick-replies</summary>
    private JsonObject SendApiQuickReplies(QuickRepliesPart part)
    {
        var options = part.Options.DistinctBy(o => o.Payload).Take(capabilities.MaxQuickReplies)
            .Select(o => (JsonNode)new JsonObject { ["content_type"] = "text", ["title"] = ChannelText.Shorten(o.Title, capabilities.QuickReplyTitle), ["payload"] = o.Payload })
            .ToArray();
        var message = new JsonObject { ["text"] = ChannelText.Shorten(part.Text, capabilities.TextLength) };
        if (options.Length > 0)
            message["quick_replies"] = new JsonArray(options);
        return message;
    }

    /// <summary>
    /// A payment link as a button template with one URL button.
    /// https://developers.facebook.com/docs/messenger-platform/reference/templates/button
    /// </summary>
    private JsonObject UrlButton(LinkPart link) => Attachment(new JsonObject
    {
        ["template_type"] = "button",
        ["text"] = ChannelText.Shorten(link.Text, capabilities.ButtonTemplateText),
        ["buttons"] = new JsonArray(new JsonObject { ["type"] = "web_url", ["url"] = link.Url, ["title"] = ChannelText.Shorten(link.Title, capabilities.ButtonTitle) }),
    });

    private static JsonObject Attachment(JsonObject payload) =>
        new() { ["attachment"] = new JsonObject { ["type"] = "template", ["payload"] = payload } };
}
