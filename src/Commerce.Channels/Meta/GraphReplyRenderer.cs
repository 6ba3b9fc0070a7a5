using System.Text.Json.Nodes;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>The two native shapes of Meta's Graph API: the Send API's (Messenger, Instagram) and WhatsApp Cloud API's.</summary>
public enum GraphFormat
{
    SendApi,
    WhatsApp,
}

/// <summary>
/// Renders a neutral reply into Graph API message objects, one per Send API call, in order. Consults the
/// channel's <see cref="MetaCapabilities"/> for every count and length and degrades a carousel to what the channel
/// can show: carousel (generic template) -> list (WhatsApp list / product list / one card with buttons) -> numbered text.
/// </summary>
public sealed partial class GraphReplyRenderer(MetaCapabilities capabilities, GraphFormat format, string? catalogId = null)
{
    public IReadOnlyList<JsonObject> Render(OutboundReply reply, string language)
    {
        var messages = new List<JsonObject>();
        foreach (var part in reply.Parts)
        {
            var rendered = part switch
            {
                TextPart text => Text(text.Text),
                CarouselPart carousel => Carousel(carousel.Cards, language),
                QuickRepliesPart quick => QuickReplies(quick, language),
                LinkPart link => Link(link),
                CartPart cart => Text(cart.Text),
                ReceiptPart receipt => Text(receipt.Text),
                _ => null,
            };
            if (rendered is not null)
                messages.Add(rendered);
        }

        return messages;
    }

    private JsonObject? Text(string text) => string.IsNullOrWhiteSpace(text)
        ? null
        : format == GraphFormat.SendApi
            ? new JsonObject { ["text"] = ChannelText.Shorten(text, capabilities.TextLength) }
            : WhatsAppText(ChannelText.Shorten(text, capabilities.TextLength));

    private JsonObject? Carousel(IReadOnlyList<ProductCard> cards, string language)
    {
        if (cards.Count == 0)
            return null;
        if (capabilities.MaxCards > 0 && format == GraphFormat.SendApi)
            return GenericTemplate(cards);
        if (capabilities.MaxListRows > 0 && format == GraphFormat.WhatsApp)
            return WhatsAppProducts(cards, language) ?? Text(ChannelText.Numbered(null, cards, capabilities.TextLength));
        return Text(ChannelText.Numbered(null, cards, capabilities.TextLength));
    }

    private JsonObject QuickReplies(QuickRepliesPart part, string language) => format == GraphFormat.SendApi
        ? SendApiQuickReplies(part)
        : WhatsAppChoices(part, language);

    private JsonObject Link(LinkPart link) => format == GraphFormat.SendApi ? UrlButton(link) : CtaUrl(link);
}
