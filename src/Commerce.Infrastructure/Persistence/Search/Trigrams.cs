namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// PostgreSQL's pg_trgm, in process: the same trigrams (each word padded with two spaces before and one after), the
/// same <c>similarity</c> and the same <c>word_similarity</c> (the best continuous extent of the second text's ordered
/// trigrams), computed in single precision as pg_trgm does, so scores and their ties match the SQL search they replace.
/// Trigrams are numbered by a <see cref="TrigramTable"/>; a text becomes the sequence of its trigram numbers.
/// </summary>
internal static class Trigrams
{
    /// <summary>pg_trgm's word characters (KEEPONLYALNUM): letters and digits; everything else separates words.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Every trigram of <paramref name="text"/> in order, words padded "␣␣word␣" (repeats kept).</summary>
    public static IEnumerable<string> Of(string text)
    {
        foreach (var word in Words(text))
        {
            var padded = "  " + word + " ";
            for (var k = 0; k + 3 <= padded.Length; k++)
                yield return padded.Substring(k, 3);
        }
    }

    /// <summary>The words of <paramref name="text"/> as pg_trgm splits it (runs of letters and digits).</summary>
    public static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
                i++;
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            if (i > start)
                yield return text[start..i];
        }
    }

    /// <summary>True when pg_trgm reads <paramref name="text"/> as exactly one word, itself.</summary>
    public static bool IsOneWord(string text) => text.Length > 0 && text.All(IsWordChar);

    /// <summary>pg_trgm's CALCSML: shared / (first + second − shared), in float4.</summary>
    private static float Ratio(int shared, int first, int second) => shared / (float)(first + second - shared);

    /// <summary><c>similarity(query, text)</c>, the text given by its distinct trigram numbers in ascending order.</summary>
    public static float Similarity(QueryTrigrams query, int[] sortedText)
    {
        if (query.Count == 0 || sortedText.Length == 0)
            return 0f;
        return Ratio(query.SharedWith(sortedText), query.Count, sortedText.Length);
    }

    /// <summary>
    /// <c>word_similarity(query, text)</c>: pg_trgm's iterate_word_similarity over <paramref name="text"/>'s trigram
    /// sequence. <paramref name="inQuery"/> is indexed by trigram number and true for the query's known trigrams
    /// (<see cref="QueryTrigrams.Mark"/>); <paramref name="lastPosition"/> is scratch space indexed by trigram number, all
    /// −1 on entry and on return.
    /// </summary>
    public static float WordSimilarity(QueryTrigrams query, bool[] inQuery, int[] text, int[] lastPosition)
    {
        var queryCount = query.Count;
        if (queryCount == 0 || text.Length == 0)
            return 0f;

        int lower = -1, count = 0, textCount = 0;
        var best = 0f;
        for (var i = 0; i < text.Length; i++)
        {
            var trigram = text[i];
            var found = inQuery[trigram];
            if (lower >= 0 || found)
            {
                if (lastPosition[trigram] < 0)
                {
                    textCount++;
                    if (found)
                        count++;
                }

                lastPosition[trigram] = i;
            }

            if (!found)
                continue;

            var upper = i;
            if (lower == -1)
            {
                lower = i;
                textCount = 1;
            }

            var current = Ratio(count, queryCount, textCount);

            // Try moving the lower bound right for a better extent.
            var trialCount = count;
            var trialTextCount = textCount;
            var previousLower = lower;
            for (var trialLower = lower; trialLower <= upper; trialLower++)
            {
                var trial = Ratio(trialCount, queryCount, trialTextCount);
                if (trial > current)
                {
                    current = trial;
                    textCount = trialTextCount;
                    lower = trialLower;
                    count = trialCount;
                }

                var leaving = text[trialLower];
                if (lastPosition[leaving] == trialLower)
                {
                    trialTextCount--;
                    if (inQuery[leaving])
                        trialCount--;
                }
            }

            best = Math.Max(best, current);
            for (var dropped = previousLower; dropped < lower; dropped++)
            {
                var leaving = text[dropped];
                if (lastPosition[leaving] == dropped)
                    lastPosition[leaving] = -1;
            }
        }

        foreach (var trigram in text)
            lastPosition[trigram] = -1;
        return best;
    }

    /// <summary>
    /// The most <see cref="WordSimilarity"/> can be for a text holding <paramref name="shared"/> of the query's trigrams:
    /// every extent's ratio is at most shared ÷ query trigrams (its other trigrams only enlarge the denominator).
    /// </summary>
    public static float WordSimilarityBound(int shared, int queryCount) => queryCount == 0 ? 0f : shared / (float)queryCount;

    /// <summary>PostgreSQL's <c>levenshtein_less_equal(a, b, limit)</c> as far as a caller asks "within limit?".</summary>
    public static bool WithinEdits(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return false;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
                return false;
            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= limit;
    }
}

/// <summary>Numbers trigrams; a snapshot's table is complete for its texts, a query's unknown trigrams get fresh numbers.</summary>
internal sealed class TrigramTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public int Count => _numbers.Count;

    public int[] Sequence(string text) => Trigrams.Of(text).Select(Number).ToArray();

    private int Number(string trigram)
    {
        if (!_numbers.TryGetValue(trigram, out var number))
        {
            number = _numbers.Count;
            _numbers.Add(trigram, number);
        }

        return number;
    }

    /// <summary>A query's distinct trigrams; those no catalog text has count, but match nothing.</summary>
    public QueryTrigrams Query(string text)
    {
        var known = new SortedSet<int>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trigram in Trigrams.Of(text))
        {
            if (_numbers.TryGetValue(trigram, out var number))
                known.Add(number);
            else
                unknown.Add(trigram);
        }

        return new QueryTrigrams([.. known], known.Count + unknown.Count);
    }
}

/// <summary>A query word's distinct trigrams: the catalog's numbers of those it knows (ascending), and how many in all.</summary>
internal sealed class QueryTrigrams(int[] known, int count)
{
    public int[] Known { get; } = known;

    /// <summary>Distinct trigrams of the query, unknown ones included: the denominator of pg_trgm's ratios.</summary>
    public int Count { get; } = count;

    /// <summary>How many of the query's trigrams a text has, the text given by its distinct trigrams in ascending order.</summary>
    public int SharedWith(int[] sortedText)
    {
        var shared = 0;
        foreach (var trigram in Known)
        {
            if (((ReadOnlySpan<int>)sortedText).BinarySearch(trigram) >= 0)
                shared++;
        }

        return shared;
    }

    /// <summary>Sets (or clears) the query's known trigrams in a membership array indexed by trigram number.</summary>
    public void Mark(bool[] inQuery, bool value)
    {
        foreach (var trigram in Known)
            inQuery[trigram] = value;
    }
}
