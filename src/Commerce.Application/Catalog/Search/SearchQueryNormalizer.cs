namespace Commerce.Application.Catalog.Search;

/// <summary>One word of the shopper's query and the forms any of which may match it.</summary>
public sealed record SearchTerm(string Word, IReadOnlyList<string> Alternatives);

/// <summary>
/// Turns free shopper text into search terms: folds it like the database does, drops filler words,
/// reduces German/English inflections to a base form and adds bilingual synonyms.
/// </summary>
public static class SearchQueryNormalizer
{
    /// <summary>More words than this are chat noise rather than a product description; they only cost time.</summary>
    public const int MaxTerms = 8;

    // German adjective/plural endings and English plurals, longest first. A stem must keep 3 letters.
    private static readonly string[] Endings = ["ern", "en", "er", "es", "em", "e", "s", "n"];

    public static IReadOnlyList<SearchTerm> Normalize(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];

        var terms = new List<SearchTerm>();
        foreach (var token in Tokenize(SearchText.Fold(query)))
        {
            if (SearchVocabulary.StopWords.Contains(token))
                continue;
            var term = ToTerm(token);
            // "sneaker sneakers" or "red rot" is one wish, not two.
            if (terms.Any(t => t.Alternatives.Contains(term.Word) || term.Alternatives.Contains(t.Word)))
                continue;
            terms.Add(term);
            if (terms.Count == MaxTerms)
                break;
        }

        return terms;
    }

    /// <summary>How many terms a product must match: all of one or two, and most of a longer query.</summary>
    public static int RequiredMatches(int termCount) => termCount <= 2 ? termCount : termCount - (termCount / 3);

    internal static IEnumerable<string> Tokenize(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsAsciiLetterOrDigit(folded[i]) || folded[i] == '-');
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                // Hyphens join "t-shirt" but are not words themselves.
                var token = folded[start..i].Trim('-');
                if (token.Length > 0)
                    yield return token;
                start = -1;
            }
        }
    }

    internal static SearchTerm ToTerm(string token)
    {
        if (SearchVocabulary.Alternatives.TryGetValue(token, out var known))
            return new SearchTerm(token, known);

        string? fallbackStem = null;
        foreach (var stem in Stems(token))
        {
            // The vocabulary knows the base forms, so a stem it knows is the right one ("jacken" -> "jacke", not "jack").
            if (SearchVocabulary.Alternatives.TryGetValue(stem, out var alternatives))
                return new SearchTerm(stem, alternatives);
            fallbackStem ??= stem.Length >= 4 ? stem : null;
        }

        // Unknown word: search the word as typed and its stem. The stem finds other inflections by prefix,
        // the word as typed keeps a typo's trailing letters ("mutze" still meets "muetze").
        return fallbackStem is null ? new SearchTerm(token, [token]) : new SearchTerm(fallbackStem, [token, fallbackStem]);
    }

    private static IEnumerable<string> Stems(string token)
    {
        if (token.Any(char.IsAsciiDigit))
            yield break; // sizes and amounts ("32", "3er-pack") are not inflected
        foreach (var ending in Endings)
        {
            if (token.Length - ending.Length < 3 || !token.EndsWith(ending, StringComparison.Ordinal))
                continue;
            if (ending == "s" && token.EndsWith("ss", StringComparison.Ordinal))
                continue; // "weiss", "dress": the double s belongs to the word
            yield return token[..^ending.Length];
        }
    }
}
