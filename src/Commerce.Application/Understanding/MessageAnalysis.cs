namespace Commerce.Application.Understanding;

/// <summary>One message after tokenising and spelling correction, with the facts the scorer and extractor share.</summary>
internal sealed class MessageAnalysis
{
    public required IReadOnlyList<Token> Tokens { get; init; }

    /// <summary>Per token: the known word it was resolved to (itself, a spelling fix, or null when unknown).</summary>
    public required string?[] Canonical { get; init; }

    public required bool[] IsProduct { get; init; }

    /// <summary>Every form a cue may match: folded tokens, their corrections and the parts of split compounds.</summary>
    public required HashSet<string> Words { get; init; }

    public required string? OrderNumber { get; init; }

    public required bool HasProductNoun { get; init; }

    /// <summary>Words no list knows: often a product or brand the vocabulary lacks ("adidas", "schmuck").</summary>
    public required int UnknownWords { get; init; }

    public bool HasProduct => IsProduct.Contains(true);

    public bool HasCart => Words.Overlaps(Vocabulary.CartWords);

    public bool HasQuantity => Enumerable.Range(0, Tokens.Count).Any(i => NumberWords.IsQuantityAt(Tokens, i));

    public bool Matches(string term)
    {
        if (term.EndsWith('*'))
        {
            var prefix = term[..^1];
            return Words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));
        }
        if (term.StartsWith('*'))
        {
            var suffix = term[1..];
            return Words.Any(w => w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal));
        }
        return Words.Contains(term);
    }
}
