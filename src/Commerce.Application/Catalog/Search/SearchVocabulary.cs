namespace Commerce.Application.Catalog.Search;

/// <summary>
/// The words search treats specially, read from the data file <c>Catalog/Search/Data/search-words.txt</c>: filler
/// words to drop and groups of words that mean the same thing in German and English. All entries are folded (see <see cref="SearchText"/>) and in base form;
/// inflected forms ("roten", "sneakers") reach them through <see cref="SearchQueryNormalizer"/>'s stemming.
/// </summary>
internal static class SearchVocabulary
{
    /// <summary>Chat filler in German and English; none of these describe a product.</summary>
    public static readonly HashSet<string> StopWords;

    /// <summary>
    /// Each row: words that mean the same for a shopper (translations, common alternatives, a narrower
    /// everyday term). A query word in a row is searched as any word of the row.
    /// </summary>
    public static readonly string[][] Synonyms;

    /// <summary>Word -> every word of its synonym rows (a word may sit in more than one row).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Alternatives;

    static SearchVocabulary()
    {
        using var stream = typeof(SearchVocabulary).Assembly.GetManifestResourceStream("Catalog.Search.Data.search-words.txt")
            ?? throw new InvalidOperationException("search-words.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var stop = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("stop:", StringComparison.Ordinal))
                stop.UnionWith(line[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            else if (line.StartsWith("same:", StringComparison.Ordinal))
                rows.Add(line[5..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        StopWords = stop;
        Synonyms = [.. rows];
        Alternatives = Synonyms
            .SelectMany(row => row.Select(word => (word, row)))
            .GroupBy(pair => pair.word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(pair => pair.row).Distinct().ToArray(), StringComparer.Ordinal);
    }

}
