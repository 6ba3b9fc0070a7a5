using System.Globalization;
using System.Text;
using Commerce.Application.Messaging;

namespace Commerce.Channels;

/// <summary>
/// Text every channel's renderer shares: cutting to a platform's limits without splitting a character (an emoji stays
/// whole) or a line needlessly, and the numbered-text form that is the last step of carousel → list → text.
/// </summary>
public static class ChannelText
{
    public const string Ellipsis = "…";

    /// <summary>At most <paramref name="max"/> characters; a cut text ends in an ellipsis and never splits an emoji or an accented letter.</summary>
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
            if (builder.Length + element.Length > max - Ellipsis.Length)
                break;
            builder.Append(element);
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Products as numbered lines, "1. Title – price (sizes)", under an optional heading: what a channel shows when it
    /// cannot show (more) cards. <paramref name="firstNumber"/> continues a list after the cards that were shown; title and
    /// sizes are each cut to <paramref name="titleMax"/>.
    /// </summary>
    public static string Numbered(string? heading, IEnumerable<ProductCard> cards, int max, int firstNumber = 1, int titleMax = 80)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(heading))
            lines.Add(heading);
        lines.AddRange(cards.Select((c, i) =>
            $"{firstNumber + i}. {Shorten(c.Title, titleMax)} – {c.Price}" + (string.IsNullOrEmpty(c.Subtitle) ? "" : $" ({Shorten(c.Subtitle, titleMax)})")));
        return Shorten(string.Join('\n', lines), max);
    }

    /// <summary>Choices as numbered lines under the question, for channels (or counts) without buttons.</summary>
    public static string Numbered(string heading, IEnumerable<QuickReply> options, int max) =>
        Shorten(string.Join('\n', new[] { heading }.Concat(options.Select((o, i) => $"{i + 1}. {o.Title}"))), max);

    /// <summary>The second line of a product: price, then stock or sizes.</summary>
    public static string PriceLine(ProductCard card) =>
        string.IsNullOrEmpty(card.Subtitle) ? card.Price : $"{card.Price} · {card.Subtitle}";

    /// <summary>Pieces of at most <paramref name="max"/> characters, broken at line ends where a line allows it.</summary>
    public static IReadOnlyList<string> Split(string? text, int max)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var line in (text ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            var rest = line;
            while (rest.Length > max)
            {
                Flush(current, pieces);
                var head = Cut(rest, max);
                pieces.Add(head);
                rest = rest[head.Length..];
            }

            if (current.Length > 0 && current.Length + 1 + rest.Length > max)
                Flush(current, pieces);
            if (current.Length > 0)
                current.Append('\n');
            current.Append(rest);
        }

        Flush(current, pieces);
        return pieces;
    }

    private static void Flush(StringBuilder current, List<string> pieces)
    {
        var piece = current.ToString().Trim();
        if (piece.Length > 0)
            pieces.Add(piece);
        current.Clear();
    }

    /// <summary>The first <paramref name="length"/> characters, one fewer if that would split a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
