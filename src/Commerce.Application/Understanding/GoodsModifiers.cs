using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>
/// Colours and materials (folded), read from <c>Understanding/Data/goods-modifiers.txt</c>: words that belong in a
/// product query in any trade but name no goods by themselves. The goods come from the merchant's catalog.
/// </summary>
internal static class GoodsModifiers
{
    private static readonly string[] GermanEndings = ["e", "en", "er", "es", "em"];

    public static FrozenSet<string> Words { get; } = Load();

    /// <summary>Short modifiers are one typo away from everyday words ("write" / "white"), so they only match exactly.</summary>
    public static FrozenSet<string> ExactOnly { get; } = Words.Where(w => w.Length <= 6).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GoodsModifiers).Assembly.GetManifestResourceStream("Understanding.Data.goods-modifiers.txt")!;
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var inflect = false;
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.StartsWith('#'))
            {
                continue;
            }
            if (text == "@inflect")
            {
                inflect = true;
                continue;
            }
            foreach (var word in Vocabulary.Split(text).Select(TextNormalizer.Fold))
            {
                words.Add(word);
                if (inflect)
                {
                    words.UnionWith(GermanEndings.Select(ending => word + ending));
                }
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
