namespace Commerce.Application.Understanding;

/// <summary>Turns raw text into a <see cref="MessageAnalysis"/>: spelling correction, compound splitting, product spotting.</summary>
/// <param name="affixes">Wildcard cue terms ("produkt*", "*status"); a word they match is not unknown.</param>
/// <param name="catalogNouns">Words of the merchant's catalog that name goods (folded, inflected, colours and materials
/// left out); German compounds ending in one count too.</param>
internal sealed class MessageAnalyzer(FuzzyLexicon lexicon, IReadOnlyList<string> affixes, IReadOnlySet<string> catalogNouns)
{
    public MessageAnalysis Analyze(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var canonical = new string?[tokens.Count];
        var isProduct = new bool[tokens.Count];
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? orderNumber = null;
        var hasNoun = false;
        var unknown = 0;

        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            words.Add(norm);
            if (NumberWords.OrderNumberIn(norm) is { } number)
            {
                orderNumber ??= number;
                continue;
            }
            if (Vocabulary.Colloquial.TryGetValue(norm, out var plain))
            {
                // Chat spellings and dialect stand for ordinary words: "wat" is "was", "u" is "you", "hamma" is "haben wir".
                words.UnionWith(plain);
                continue;
            }

            var resolved = VerbStem(norm) ?? lexicon.Resolve(norm) ?? (norm.Contains('-') ? lexicon.Resolve(norm.Replace("-", "")) : null);
            canonical[i] = resolved;
            if (resolved is not null)
            {
                words.Add(resolved);
            }
            else if (!AddCompoundParts(norm, words) && norm.Length >= 3 && NumberWords.Parse(norm) is null && !MatchesAffix(norm))
            {
                unknown++;
            }
            // A colour or material belongs in the query but names no goods: "der himmel ist blau" is no search.
            var noun = IsCatalogNoun(norm, resolved) || (resolved is null && StartsWithCatalogNoun(norm));
            isProduct[i] = noun || GoodsModifiers.Words.Contains(norm) || (resolved is not null && GoodsModifiers.Words.Contains(resolved));
            hasNoun |= noun;
        }

        return new MessageAnalysis
        {
            Tokens = tokens,
            Canonical = canonical,
            IsProduct = isProduct,
            Words = words,
            OrderNumber = orderNumber,
            HasProductNoun = hasNoun,
            UnknownWords = unknown,
        };
    }

    private bool IsCatalogNoun(string norm, string? resolved)
    {
        if (catalogNouns.Count == 0)
        {
            return false;
        }
        if (catalogNouns.Contains(norm) || (resolved is not null && catalogNouns.Contains(resolved)))
        {
            return true;
        }
        // "winterjacke", "fahrradschlauch", "kräutertee": a German compound whose head the catalog names. A three-letter
        // head needs a longer front ("wanduhr", not "chat") before it counts.
        for (var split = 3; split <= norm.Length - 3; split++)
        {
            var head = norm[split..];
            if ((head.Length >= 4 || split >= 4) && catalogNouns.Contains(head))
            {
                return true;
            }
        }
        return false;
    }

    // "teetassen", "kaffeebecher": an unknown compound in front of which stands goods of the catalog is goods as well.
    private bool StartsWithCatalogNoun(string norm)
    {
        for (var split = 3; split <= norm.Length - 4; split++)
        {
            if (catalogNouns.Contains(norm[..split]))
            {
                return true;
            }
        }
        return false;
    }

    // German verbs inflect ("packst", "legt", "entfernt", "hilft"); the cue list holds the imperative/infinitive forms.
    // An exact stem is safer than a two-letter spelling fix, so it is tried first.
    private string? VerbStem(string word)
    {
        if (lexicon.Contains(word) || word.Length < 4 || word[^1] != 't')
        {
            return null;
        }
        var stem = word.EndsWith("st", StringComparison.Ordinal) ? word[..^2] : word[..^1];
        if (stem.Length < 2)
        {
            return null;
        }
        foreach (var candidate in (ReadOnlySpan<string>)[stem, stem + "e", stem + "en"])
        {
            if (lexicon.IsPreferred(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    // German glues nouns together ("bestellstatus", "warenkorbinhalt"); known halves still carry meaning.
    private bool MatchesAffix(string word)
    {
        foreach (var affix in affixes)
        {
            var hit = affix.EndsWith('*') ? word.StartsWith(affix[..^1], StringComparison.Ordinal) : word.EndsWith(affix[1..], StringComparison.Ordinal);
            if (hit)
            {
                return true;
            }
        }
        return false;
    }

    private bool AddCompoundParts(string word, HashSet<string> words)
    {
        if (word.Length < 8)
        {
            return false;
        }
        for (var split = 4; split <= word.Length - 3; split++)
        {
            var head = word[..split];
            var tail = word[split..];
            if (!lexicon.Contains(head))
            {
                continue;
            }
            if (lexicon.Contains(tail) || (tail[0] == 's' && tail.Length > 3 && lexicon.Contains(tail[1..])))
            {
                words.Add(head);
                words.Add(lexicon.Contains(tail) ? tail : tail[1..]);
                return true;
            }
        }
        return false;
    }
}
