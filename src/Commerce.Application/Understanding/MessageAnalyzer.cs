namespace Commerce.Application.Understanding;

/// <summary>Turns raw text into a <see cref="MessageAnalysis"/>: spelling correction, compound splitting, product spotting.</summary>
internal sealed class MessageAnalyzer(FuzzyLexicon lexicon)
{
    public MessageAnalysis Analyze(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var canonical = new string?[tokens.Count];
        var isProduct = new bool[tokens.Count];
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? orderNumber = null;
        var hasNoun = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            words.Add(norm);
            if (NumberWords.IsOrderNumber(norm))
            {
                orderNumber ??= norm;
                continue;
            }

            var resolved = lexicon.Resolve(norm) ?? (norm.Contains('-') ? lexicon.Resolve(norm.Replace("-", "")) : null);
            canonical[i] = resolved;
            if (resolved is not null)
            {
                words.Add(resolved);
            }
            else
            {
                AddCompoundParts(norm, words);
            }
            isProduct[i] = ProductVocabulary.IsProduct(norm, resolved);
            hasNoun |= ProductVocabulary.IsNoun(norm, resolved);
        }

        return new MessageAnalysis
        {
            Tokens = tokens,
            Canonical = canonical,
            IsProduct = isProduct,
            Words = words,
            OrderNumber = orderNumber,
            HasProductNoun = hasNoun,
        };
    }

    // German glues nouns together ("bestellstatus", "warenkorbinhalt"); known halves still carry meaning.
    private void AddCompoundParts(string word, HashSet<string> words)
    {
        if (word.Length < 8)
        {
            return;
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
                return;
            }
        }
    }
}
