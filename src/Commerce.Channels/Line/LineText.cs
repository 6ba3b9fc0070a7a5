using System.Text;

namespace Commerce.Channels.Line;

/// <summary>Cutting text to LINE's limits without splitting a character or a line needlessly.</summary>
public static class LineText
{
    public const string Ellipsis = "…";

    /// <summary>At most <paramref name="max"/> characters; a cut text ends in an ellipsis.</summary>
    public static string Shorten(string? text, int max)
    {
        text = (text ?? "").Trim();
        if (text.Length <= max)
            return text;
        return Cut(text, max - Ellipsis.Length).TrimEnd() + Ellipsis;
    }

    /// <summary>A label of 1-<paramref name="max"/> characters: LINE refuses empty ones.</summary>
    public static string Label(string? text, int max = LineCapabilities.MaxLabelLength) => Shorten(text, max) is { Length: > 0 } label ? label : "·";

    /// <summary>Pieces of at most <paramref name="max"/> characters, broken at line ends where a line allows it.</summary>
    public static IReadOnlyList<string> Split(string? text, int max = LineCapabilities.MaxTextLength)
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
