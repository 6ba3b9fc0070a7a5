using System.Globalization;
using System.Text;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>Text helpers every Meta renderer shares: shortening within a limit, and the numbered-text fallback.</summary>
public static class GraphText
{
    public const char Ellipsis = '…';

    /// <summary>Fits text into <paramref name="max"/> characters, ending with an ellipsis when cut; never splits a surrogate pair.</summary>
    public static string Shorten(string? text, int max)
    {
        text = (text ?? "").Trim();
        if (text.Length <= max)
            return text;
        var builder = new StringBuilder(max);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (builder.Length + element.Length > max - 1)
                break;
            builder.Append(element);
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>The last step of the carousel -> list -> text degradation: "1. Title – price (subtitle)" per card.</summary>
    public static string Numbered(string? heading, IEnumerable<ProductCard> cards, int max)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(heading))
            lines.Add(heading);
        lines.AddRange(cards.Select((c, i) => $"{i + 1}. {c.Title} – {c.Price}" + (string.IsNullOrEmpty(c.Subtitle) ? "" : $" ({c.Subtitle})")));
        return Shorten(string.Join('\n', lines), max);
    }

    public static string Numbered(string heading, IEnumerable<QuickReply> options, int max) =>
        Shorten(string.Join('\n', new[] { heading }.Concat(options.Select((o, i) => $"{i + 1}. {o.Title}"))), max);

    /// <summary>The second line of a product: price, then stock or sizes.</summary>
    public static string PriceLine(ProductCard card) =>
        string.IsNullOrEmpty(card.Subtitle) ? card.Price : $"{card.Price} · {card.Subtitle}";
}
