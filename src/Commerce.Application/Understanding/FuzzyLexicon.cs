using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>Maps a possibly misspelled word onto a known word (Damerau-Levenshtein, optimal string alignment).</summary>
internal sealed class FuzzyLexicon
{
    private const int CacheLimit = 20_000;
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string> _preferred;
    private readonly string[][] _byLength;
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <param name="words">Every word worth recognising, including plain function words so they are not "corrected".</param>
    /// <param name="preferred">Meaningful words that win a tie against equally close function words.</param>
    /// <param name="exactOnly">Known words that are never the target of a correction.</param>
    public FuzzyLexicon(IEnumerable<string> words, IEnumerable<string> preferred, IReadOnlySet<string> exactOnly)
    {
        _preferred = preferred.ToFrozenSet(StringComparer.Ordinal);
        _words = words.Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var maxLength = _words.Max(w => w.Length);
        _byLength = Enumerable.Range(0, maxLength + 3)
            .Select(len => _words.Where(w => w.Length == len && !exactOnly.Contains(w)).Order(StringComparer.Ordinal).ToArray())
            .ToArray();
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True for meaningful words (cues, products, cart words) as opposed to plain function words.</summary>
    public bool IsPreferred(string word) => _preferred.Contains(word);

    /// <summary>The word itself when known, else the closest known word within the allowed distance, else null.</summary>
    public string? Resolve(string word)
    {
        if (_words.Contains(word))
        {
            return word;
        }
        if (MaxDistance(word.Length) == 0 || word.Length > 30)
        {
            return null;
        }
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var found = FindClosest(word);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(word, found);
        }
        return found;
    }

    // Short words have too many neighbours; one edit on "cat" could be "cart" or "cap".
    private static int MaxDistance(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;

    private string? FindClosest(string word)
    {
        var limit = MaxDistance(word.Length);
        string? best = null;
        var bestDistance = limit + 1;
        for (var len = Math.Max(1, word.Length - limit); len <= word.Length + limit && len < _byLength.Length; len++)
        {
            foreach (var candidate in _byLength[len])
            {
                // Four-letter words only get a dropped letter restored ("kase", "ordr"); substitutions there
                // turn real words into other real words ("rome" -> "rote").
                if (Math.Min(candidate.Length, word.Length) < 4 || (word.Length == 4 && candidate.Length <= 4))
                {
                    continue;
                }
                // Typos rarely hit the first letter; requiring it keeps "weather" from becoming "leather".
                if (candidate[0] != word[0] && !(candidate[0] == word[1] && candidate[1] == word[0]))
                {
                    continue;
                }
                var d = Distance(word, candidate, bestDistance);
                if (d < bestDistance || (d == bestDistance && d <= limit && _preferred.Contains(candidate) && !_preferred.Contains(best!)))
                {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /// <summary>Optimal-string-alignment distance, or max+1 as soon as it must exceed <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> curr = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            curr[0] = i;
            var rowMin = curr[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, curr[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }
                curr[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var tmp = prev2;
            prev2 = prev;
            prev = curr;
            curr = tmp;
        }
        return prev[b.Length];
    }
}
