namespace Commerce.Application.Catalog.Search;

/// <summary>One word of the shopper's query and the forms any of which may match it.</summary>
/// <param name="MayBeMisspelt">
/// The word is unknown to the vocabulary, so the index should also accept catalog words one or two typing
/// errors away. Known words (and their synonyms) are spelt right by construction.
/// </param>
public sealed record SearchTerm(string Word, IReadOnlyList<string> Alternatives, bool MayBeMisspelt = false);

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
        var forms = Stems(token).Prepend(token).ToList();

        // The vocabulary knows the base forms, so a stem it knows is the right one ("jacken" -> "jacke", not "jack").
        foreach (var form in forms)
        {
            if (SearchVocabulary.Alternatives.TryGetValue(form, out var alternatives))
                return new SearchTerm(form, alternatives);
        }

        // A typo of a known word ("umbrela", "sunglases") still brings its translations.
        foreach (var form in forms)
        {
            if (ClosestKnownWord(form) is { } corrected)
                return new SearchTerm(corrected, SearchVocabulary.Alternatives[corrected]);
        }

        // Unknown word: search the word as typed and its stem. The stem finds other inflections by prefix,
        // the word as typed keeps a typo's trailing letters ("mutze" still meets "muetze").
        var stem = forms.Skip(1).FirstOrDefault(f => f.Length >= 4);
        return stem is null ? new SearchTerm(token, [token], true) : new SearchTerm(stem, [token, stem], true);
    }

    /// <summary>Typing errors tolerated in a word of this length: none in short words, where one edit makes another word.</summary>
    public static int AllowedTypos(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    private static string? ClosestKnownWord(string form)
    {
        if (AllowedTypos(form.Length) == 0)
            return null;
        return SearchVocabulary.Alternatives.Keys
            .Select(word => (word, allowed: Math.Min(AllowedTypos(form.Length), AllowedTypos(word.Length))))
            .Where(candidate => candidate.allowed > 0)
            .Select(candidate => (candidate.word, candidate.allowed, distance: EditDistance.Compute(form, candidate.word, candidate.allowed)))
            .Where(candidate => candidate.distance <= candidate.allowed)
            .OrderBy(candidate => candidate.distance)
            .ThenBy(candidate => candidate.word, StringComparer.Ordinal)
            .Select(candidate => candidate.word)
            .FirstOrDefault();
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
