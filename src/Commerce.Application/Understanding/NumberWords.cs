using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>Quantity words. Articles ("ein", "a") are deliberately absent: "ein paar" and "a jacket" state no quantity.</summary>
internal static class NumberWords
{
    public static FrozenDictionary<string, int> Values { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["eins"] = 1, ["one"] = 1, ["zwei"] = 2, ["zwo"] = 2, ["two"] = 2, ["drei"] = 3, ["three"] = 3,
        ["vier"] = 4, ["four"] = 4, ["fuenf"] = 5, ["five"] = 5, ["sechs"] = 6, ["six"] = 6,
        ["sieben"] = 7, ["seven"] = 7, ["acht"] = 8, ["eight"] = 8, ["neun"] = 9, ["nine"] = 9,
        ["zehn"] = 10, ["ten"] = 10, ["elf"] = 11, ["eleven"] = 11, ["zwoelf"] = 12, ["twelve"] = 12,
        ["dutzend"] = 12, ["dozen"] = 12,
        ["einmal"] = 1, ["zweimal"] = 2, ["dreimal"] = 3, ["viermal"] = 4, ["fuenfmal"] = 5, ["once"] = 1, ["twice"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Units = Vocabulary.Split(
        "kg g gramm ml l liter cm mm er tage tagen days day wochen weeks stunden hours uhr eur euro").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"3", "2x", "x2" or a number word; null for anything else.</summary>
    public static int? Parse(string folded)
    {
        if (Values.TryGetValue(folded, out var word))
        {
            return word;
        }
        var digits = folded.Trim('x');
        if (digits.Length is > 0 and <= 4 && digits.Length >= folded.Length - 1 && digits.All(char.IsAsciiDigit))
        {
            return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    public static bool IsUnit(string folded) => Units.Contains(folded);

    /// <summary>Words that introduce a size ("größe 42", "size xl"): the number after them is a variant, not a quantity.</summary>
    public static FrozenSet<string> SizeWords { get; } = Vocabulary.Split("groesse gr size").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Clothing sizes written as letters.</summary>
    public static FrozenSet<string> SizeLetters { get; } = Vocabulary.Split("xs s m l xl xxl xxxl").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word before a size: "in 45", "größe M", "size 44".</summary>
    public static bool IsSizeMarker(string folded) => folded == "in" || SizeWords.Contains(folded);

    /// <summary>Shaped like a size: up to three digits, a size letter or a spoken German size ("vierundvierzig").</summary>
    public static bool LooksLikeSize(string folded) =>
        (folded.Length is >= 1 and <= 3 && folded.All(char.IsAsciiDigit)) || SizeLetters.Contains(folded) || IsSpokenSize(folded);

    private static readonly string[] Units1To9 = ["ein", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun"];
    private static readonly string[] Tens = ["zwanzig", "dreissig", "vierzig", "fuenfzig", "sechzig"];

    /// <summary>Shoe and waist sizes said aloud (voice dictation): "vierzig", "zweiundvierzig", "achtundreissig".</summary>
    public static bool IsSpokenSize(string folded) =>
        Tens.Any(t => folded == t || (folded.EndsWith("und" + t, StringComparison.Ordinal) && Units1To9.Contains(folded[..^(t.Length + 3)])));

    /// <summary>The position of the first size-shaped token right after a size marker ("in 45"), or -1.</summary>
    public static int MarkedSizeAt(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (IsSizeMarker(tokens[i - 1].Norm) && LooksLikeSize(tokens[i].Norm))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// True when token i states how many items are meant: a number that is not a size ("größe 42"),
    /// a measure ("1 kg", "3 tagen") or an order number.
    /// </summary>
    public static bool IsQuantityAt(IReadOnlyList<Token> tokens, int i) =>
        Parse(tokens[i].Norm) is not null
        && (i + 1 >= tokens.Count || !IsUnit(tokens[i + 1].Norm))
        && (i == 0 || !(SizeWords.Contains(tokens[i - 1].Norm) || (tokens[i - 1].Norm == "in" && IsSizeNumber(tokens[i].Norm))));

    // "schwarze jeans in 32", "boots in 42": a two-digit number after "in" is a size.
    private static bool IsSizeNumber(string folded) => folded.Length == 2 && folded.All(char.IsAsciiDigit);

    public static bool IsOrderNumber(string folded) =>
        folded.Length is >= 4 and <= 8 && folded.All(char.IsAsciiDigit);

    /// <summary>The digits of an order number, also behind a short letter prefix ("b-10234", "nr10234", "ord10234").</summary>
    public static string? OrderNumberIn(string folded)
    {
        if (IsOrderNumber(folded))
        {
            return folded;
        }
        var digitsAt = folded.AsSpan().IndexOfAnyInRange('0', '9');
        if (digitsAt is < 1 or > 4)
        {
            return null;
        }
        var prefix = folded.AsSpan(0, digitsAt).TrimEnd('-');
        var digits = folded[digitsAt..];
        return prefix.Length is >= 1 and <= 3 && prefix.IndexOfAnyExceptInRange('a', 'z') < 0 && IsOrderNumber(digits) ? digits : null;
    }
}
