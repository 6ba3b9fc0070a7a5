using Commerce.Application.Messaging;
using Microsoft.Extensions.Logging;
using static Commerce.Channels.Telegram.TelegramCapabilities;

namespace Commerce.Channels.Telegram;

/// <summary>
/// Renders a neutral reply as Bot API calls within <see cref="TelegramCapabilities"/>. Cards degrade from a photo
/// with buttons (one card), to an album plus a numbered keyboard (2-10), to numbered text for the rest.
/// </summary>
public sealed class TelegramRenderer(ILogger<TelegramRenderer> logger)
{
    private const int MaxTitleInList = 80;
    private const string FallbackText = "👇";

    private readonly TelegramKeyboard _keyboard = new(logger);

    public IReadOnlyList<TelegramCall> Render(OutboundReply reply, long chatId)
    {
        var calls = new List<TelegramCall>();
        foreach (var part in reply.Parts)
        {
            switch (part)
            {
                case TextPart text:
                    calls.AddRange(Messages(chatId, text.Text, null));
                    break;
                case CarouselPart { Cards.Count: 1 } single:
                    calls.Add(SingleCard(chatId, single.Cards[0]));
                    break;
                case CarouselPart carousel when carousel.Cards.Count > 1:
                    calls.AddRange(Carousel(chatId, carousel.Cards));
                    break;
                case QuickRepliesPart quick:
                    var buttons = quick.Options.Select(o => _keyboard.Callback(o.Title, o.Payload));
                    calls.AddRange(Messages(chatId, quick.Text, TelegramKeyboard.Pack(buttons)));
                    break;
                case LinkPart link:
                    var linkButton = new InlineKeyboardButton(ChannelText.Shorten(link.Title, MaxButtonLength), Url: link.Url);
                    calls.AddRange(Messages(chatId, link.Text, TelegramKeyboard.OnePerRow([linkButton])));
                    break;
                case ReceiptPart receipt:
                    calls.AddRange(Messages(chatId, receipt.Text, null));
                    break;
                case CartPart cart:
                    // Telegram has no table; the part's text is already one line per item, so it reads as one.
                    var removes = cart.Lines.Where(l => l.RemovePayload is not null).Select(l => _keyboard.Callback($"✕ {l.Title}", l.RemovePayload!));
                    calls.AddRange(Messages(chatId, cart.Text, TelegramKeyboard.OnePerRow(removes)));
                    break;
            }
        }

        return calls;
    }

    private TelegramCall SingleCard(long chatId, ProductCard card)
    {
        var keyboard = TelegramKeyboard.Pack(card.Actions.Select(a => _keyboard.For(a)));
        var caption = Caption(card);
        var asText = new TelegramCall("sendMessage", new SendMessage(chatId, caption, keyboard));
        return card.ImageUrl is { Length: > 0 } image
            ? new TelegramCall("sendPhoto", new SendPhoto(chatId, image, caption, keyboard), Fallback: asText)
            : asText;
    }

    /// <summary>An album cannot carry buttons, so the keyboard follows as its own message: one row per product.</summary>
    private IEnumerable<TelegramCall> Carousel(long chatId, IReadOnlyList<ProductCard> cards)
    {
        var shown = cards.Take(MaxMediaGroup).ToList();
        var photos = shown.Where(c => c.ImageUrl is { Length: > 0 }).Select(c => new InputMediaPhoto(c.ImageUrl!, Caption(c))).ToList();
        if (photos.Count >= MinMediaGroup)
            yield return new TelegramCall("sendMediaGroup", new SendMediaGroup(chatId, photos), Optional: true);
        else if (photos.Count == 1)
            yield return new TelegramCall("sendPhoto", new SendPhoto(chatId, photos[0].Media, photos[0].Caption), Optional: true);

        var list = ChannelText.Numbered(null, cards, int.MaxValue, titleMax: MaxTitleInList);
        var buttons = shown.Select((card, i) => card.Actions.Select(a => _keyboard.For(a, $"{i + 1} · {card.Title}")).FirstOrDefault(b => b is not null));
        foreach (var call in Messages(chatId, list, TelegramKeyboard.OnePerRow(buttons)))
            yield return call;
    }

    /// <summary>Text over 4096 characters goes out in pieces; the keyboard rides on the last one.</summary>
    private static IEnumerable<TelegramCall> Messages(long chatId, string text, InlineKeyboardMarkup? keyboard)
    {
        var pieces = TelegramText.Split(text);
        if (pieces.Count == 0)
        {
            if (keyboard is not null)
                yield return new TelegramCall("sendMessage", new SendMessage(chatId, FallbackText, keyboard));
            yield break;
        }

        for (var i = 0; i < pieces.Count; i++)
            yield return new TelegramCall("sendMessage", new SendMessage(chatId, pieces[i], i == pieces.Count - 1 ? keyboard : null));
    }

    private static string Caption(ProductCard card)
    {
        var lines = new[] { ChannelText.Shorten(card.Title, 200), card.Subtitle, card.Price }.Where(l => !string.IsNullOrWhiteSpace(l));
        return ChannelText.Shorten(string.Join('\n', lines), MaxCaptionLength);
    }
}
