using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;

namespace Commerce.Channels.Meta;

/// <summary>
/// WhatsApp Cloud API message bodies (without <c>to</c> and <c>messaging_product</c>, which the sender adds).
/// https://developers.facebook.com/docs/whatsapp/guides/interactive-messages/
/// </summary>
public sealed partial class GraphReplyRenderer
{
    private const int MaxRowIdLength = 200;

    private static JsonObject WhatsAppText(string body) =>
        new() { ["type"] = "text", ["text"] = new JsonObject { ["body"] = body, ["preview_url"] = false } };

    /// <summary>
    /// Several products: the native multi-product message when a catalog holds our SKUs, else a list whose rows
    /// open the product. One product: its image as header, with its actions as reply buttons.
    /// </summary>
    private JsonObject? WhatsAppProducts(IReadOnlyList<ProductCard> cards, string language)
    {
        if (catalogId is { Length: > 0 } && cards.Count > 1 && cards.All(c => c.Sku is { Length: > 0 }))
            return ProductList(cards, language);
        if (cards.Count == 1)
            return SingleCard(cards[0]);

        var rows = cards
            .Select(c => (Card: c, Id: c.Actions.FirstOrDefault(a => a.Payload?.StartsWith("1:s:", StringComparison.Ordinal) == true)?.Payload ?? c.Actions.FirstOrDefault(a => a.Payload is not null)?.Payload))
            .Where(r => r.Id is { Length: > 0 and <= MaxRowIdLength })
            .DistinctBy(r => r.Id)
            .Take(capabilities.MaxListRows)
            .Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["title"] = ChannelText.Shorten(r.Card.Title, capabilities.ListRowTitle),
                ["description"] = ChannelText.Shorten(ChannelText.PriceLine(r.Card), capabilities.ListRowDescription),
            })
            .ToArray();
        if (rows.Length == 0)
            return null;
        var body = ChannelText.Numbered(ChannelLabels.For(language).FoundHeading, cards.Take(rows.Length), capabilities.InteractiveBody);
        return List(body, ChannelLabels.For(language).ProductsButton, rows);
    }

    private JsonObject SingleCard(ProductCard card)
    {
        var caption = ChannelText.Shorten($"*{card.Title}*\n{ChannelText.PriceLine(card)}", capabilities.InteractiveBody);
        var buttons = card.Actions.Where(a => a.Payload is { Length: > 0 }).DistinctBy(a => a.Payload).Take(capabilities.MaxCardButtons)
            .Select(a => ReplyButton(a.Payload!, a.Title)).ToArray();
        if (buttons.Length == 0)
        {
            return card.ImageUrl is { Length: > 0 } link
                ? new JsonObject { ["type"] = "image", ["image"] = new JsonObject { ["link"] = link, ["caption"] = caption } }
                : WhatsAppText(caption);
        }

        var interactive = new JsonObject
        {
            ["type"] = "button",
            ["body"] = new JsonObject { ["text"] = caption },
            ["action"] = new JsonObject { ["buttons"] = new JsonArray(buttons) },
        };
        if (card.ImageUrl is { Length: > 0 } image)
            interactive["header"] = new JsonObject { ["type"] = "image", ["image"] = new JsonObject { ["link"] = image } };
        return Interactive(interactive);
    }

    /// <summary>
    /// Multi-product message from the business's catalog; product_retailer_id is our SKU.
    /// https://developers.facebook.com/docs/whatsapp/cloud-api/guides/sell-products-and-services/share-products
    /// </summary>
    private JsonObject ProductList(IReadOnlyList<ProductCard> cards, string language)
    {
        var items = cards.Select(c => c.Sku!).Distinct().Take(capabilities.MaxCatalogProducts)
            .Select(sku => (JsonNode)new JsonObject { ["product_retailer_id"] = sku }).ToArray();
        var title = ChannelLabels.For(language).ProductsButton;
        return Interactive(new JsonObject
        {
            ["type"] = "product_list",
            ["header"] = new JsonObject { ["type"] = "text", ["text"] = ChannelLabels.For(language).CatalogHeader },
            ["body"] = new JsonObject { ["text"] = ChannelLabels.For(language).CatalogBody },
            ["action"] = new JsonObject
            {
                ["catalog_id"] = catalogId,
                ["sections"] = new JsonArray(new JsonObject { ["title"] = ChannelText.Shorten(title, capabilities.ListRowTitle), ["product_items"] = new JsonArray(items) }),
            },
        });
    }

    /// <summary>Up to 3 choices as reply buttons, up to 10 as a list, more as numbered text the shopper answers by typing.</summary>
    private JsonObject WhatsAppChoices(QuickRepliesPart part, string language)
    {
        var options = part.Options.Where(o => o.Payload.Length <= MaxRowIdLength).DistinctBy(o => o.Payload).ToList();
        if (options.Count == 0)
            return WhatsAppText(ChannelText.Shorten(part.Text, capabilities.TextLength));
        var body = ChannelText.Shorten(part.Text, capabilities.InteractiveBody);
        if (options.Count <= capabilities.MaxQuickReplies)
        {
            return Interactive(new JsonObject
            {
                ["type"] = "button",
                ["body"] = new JsonObject { ["text"] = body },
                ["action"] = new JsonObject { ["buttons"] = new JsonArray(options.Select(o => ReplyButton(o.Payload, o.Title)).ToArray()) },
            });
        }

        if (options.Count <= capabilities.MaxListRows)
        {
            var rows = options.Select(o => (JsonNode)new JsonObject { ["id"] = o.Payload, ["title"] = ChannelText.Shorten(o.Title, capabilities.ListRowTitle) }).ToArray();
            return List(body, ChannelLabels.For(language).ChooseButton, rows);
        }

        return WhatsAppText(ChannelText.Numbered(part.Text, options, capabilities.TextLength));
    }

    /// <summary>https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages</summary>
    private JsonObject CtaUrl(LinkPart link) => Interactive(new JsonObject
    {
        ["type"] = "cta_url",
        ["body"] = new JsonObject { ["text"] = ChannelText.Shorten(link.Text, capabilities.InteractiveBody) },
        ["action"] = new JsonObject
        {
            ["name"] = "cta_url",
            ["parameters"] = new JsonObject { ["display_text"] = ChannelText.Shorten(link.Title, capabilities.ButtonTitle), ["url"] = link.Url },
        },
    });

    /// <summary>https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages</summary>
    private JsonObject List(string body, string button, JsonNode[] rows) => Interactive(new JsonObject
    {
        ["type"] = "list",
        ["body"] = new JsonObject { ["text"] = body },
        ["action"] = new JsonObject
        {
            ["button"] = ChannelText.Shorten(button, capabilities.ListButton),
            ["sections"] = new JsonArray(new JsonObject { ["title"] = ChannelText.Shorten(button, capabilities.ListRowTitle), ["rows"] = new JsonArray(rows) }),
        },
    });

    private JsonNode ReplyButton(string id, string title) => new JsonObject
    {
        ["type"] = "reply",
        ["reply"] = new JsonObject { ["id"] = id, ["title"] = ChannelText.Shorten(title, capabilities.ButtonTitle) },
    };

    private static JsonObject Interactive(JsonObject interactive) => new() { ["type"] = "interactive", ["interactive"] = interactive };
}
