using System.Text;

namespace Commerce.Channels;

/// <summary>Cutting text to a platform's limits without splitting a character or a line needlessly (every channel alike).</summary>
public static class ChannelText
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
