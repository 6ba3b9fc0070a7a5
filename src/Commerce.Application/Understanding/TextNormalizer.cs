using System.Text;

namespace Commerce.Application.Understanding;

/// <summary>A word as typed (lower-case, umlauts kept) and its folded form used for matching.</summary>
public readonly record struct Token(string Surface, string Norm);

/// <summary>Lower-cases, folds umlauts and accents (ä→ae, ß→ss) and splits chat text into word tokens.</summary>
public static class TextNormalizer
{
    /// <summary>Chat messages are short; anything longer is cut so a pasted essay cannot cost more than a message.</summary>
    public const int MaxChars = 600;
    public const int MaxTokens = 60;

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (char.IsLetter(c) && i + 2 < text.Length && char.ToLowerInvariant(text[i + 1]) == c && char.ToLowerInvariant(text[i + 2]) == c)
            {
                while (i + 1 < text.Length && char.ToLowerInvariant(text[i + 1]) == c)
                {
                    i++; // chat stretching: "heyyy", "hallooo", "bitteee"
                }
            }
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                case 'à' or 'á' or 'â': sb.Append('a'); break;
                case 'è' or 'é' or 'ê' or 'ë': sb.Append('e'); break;
                case 'ì' or 'í' or 'î' or 'ï': sb.Append('i'); break;
                case 'ò' or 'ó' or 'ô': sb.Append('o'); break;
                case 'ù' or 'ú' or 'û': sb.Append('u'); break;
                case 'ç': sb.Append('c'); break;
                case 'ñ': sb.Append('n'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A shopper's message as tokens: at most <see cref="MaxChars"/> characters and <see cref="MaxTokens"/> tokens are read.</summary>
    public static IReadOnlyList<Token> Tokenize(string? text) => Tokenize(text, MaxChars, MaxTokens);

    /// <summary>
    /// Every token of a text this shop wrote itself (a word list, a product's name or description), however long: the
    /// limits of <see cref="Tokenize(string?)"/> are for what shoppers send.
    /// </summary>
    public static IReadOnlyList<Token> TokenizeAll(string? text) => Tokenize(text, int.MaxValue, int.MaxValue);

    private static List<Token> Tokenize(string? text, int maxChars, int maxTokens)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        var current = new StringBuilder();
        for (var i = 0; i < span.Length && tokens.Count < maxTokens; i++)
        {
            var c = span[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            var inWord = current.Length > 0 && i + 1 < span.Length && char.IsLetterOrDigit(span[i + 1]);
            if (inWord && c == '-')
            {
                current.Append('-'); // keeps "t-shirt" and "3er-pack" whole
                continue;
            }
            if (inWord && c is '\'' or '’' or '´' or '`')
            {
                if (span[i + 1] is 's' or 'S' && (i + 2 == span.Length || !char.IsLetter(span[i + 2])))
                {
                    i++; // "where's" -> "where", "what's" -> "what"
                }
                continue; // "what's" -> "whats", "don't" -> "dont"
            }
            Flush(current, tokens, maxTokens);
        }
        Flush(current, tokens, maxTokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<Token> tokens, int maxTokens)
    {
        if (current.Length == 0 || tokens.Count >= maxTokens)
        {
            current.Clear();
            return;
        }
        var surface = current.ToString();
        current.Clear();
        tokens.Add(new Token(surface, Fold(surface)));
    }
}
