using System.Buffers;
using System.Globalization;
using System.Numerics;
using Commerce.Application.Catalog.Search;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Ranks the products of a <see cref="CatalogSnapshot"/> for search terms: pg_trgm's word similarity against names,
/// category, descriptions and variant options (weighted in that order), typos within the allowed edit distance of a
/// name or category word, ranked by score, closeness of the name, then name and SKU — the scores of the SQL search it
/// replaced, to the bit. Most products are ruled out before the exact (quadratic) word similarity: a product is a
/// candidate for a field only when it holds one of the query word's rarest trigrams, and it is scored only when the
/// trigrams it shares could reach the word's threshold and beat the score the term already has.
/// </summary>
internal static class CatalogRanker
{
    // Where a term may match and what a match there is worth: a name says more than a category,
    // a category more than a description or a size.
    internal static readonly double[] FieldWeights = [1.0, 0.8, 0.6, 0.6];

    // A name or category word within the allowed typing errors of an unknown query word ("jeens", "hoddie").
    // Trigrams score such words low (a typo breaks up to three trigrams), edit distance does not.
    internal const double TypoWeight = 0.7;

    /// <summary>
    /// A hit scoring below this share of the best hit is a near-miss next to a real match ("schal" also resembles
    /// "schwarz"); near-misses are kept only when nothing matches better (a typo'd query).
    /// </summary>
    public const double RelativeCutoff = 0.6;

    private sealed record Alternative(int Term, string Text, QueryTrigrams Trigrams, float Threshold, int Typos)
    {
        public bool IsOneWord { get; } = global::Commerce.Infrastructure.Persistence.Search.Trigrams.IsOneWord(Text);
    }

    private readonly record struct Found(int Entry, double Score, float Closeness);

    /// <summary>The products matching at least the required number of terms, best first; the first <paramref name="keep"/> of them.</summary>
    public static Ranking Rank(CatalogSnapshot snapshot, ProductSearchCriteria criteria, int keep)
    {
        var (scored, alternatives) = Match(snapshot, criteria);
        var complete = scored.Count <= keep;
        if (!complete)
        {
            // Only what can reach the first `keep` places is ordered: the best `keep` scores and whatever ties the last
            // of them (a word like "linen" that resembles every "Linie" matches thousands of products, few are shown).
            var scores = new double[scored.Count];
            for (var i = 0; i < scores.Length; i++)
                scores[i] = scored[i].Score;
            Array.Sort(scores);
            var last = scores[^keep];
            scored.RemoveAll(s => s.Score < last);
        }

        var found = new List<Found>(scored.Count);
        foreach (var (entry, score) in scored)
            found.Add(new Found(entry, score, Closeness(snapshot, criteria, alternatives, entry)));

        var entries = snapshot.Entries;
        var english = criteria.Language == "en";
        found.Sort((a, b) =>
        {
            var order = b.Score.CompareTo(a.Score);
            if (order == 0)
                order = b.Closeness.CompareTo(a.Closeness);
            if (order == 0)
            {
                var (x, y) = (entries[a.Entry], entries[b.Entry]);
                order = english
                    ? string.CompareOrdinal(x.NameEn ?? x.NameDe, y.NameEn ?? y.NameDe)
                    : string.CompareOrdinal(x.NameDe, y.NameDe);
            }

            return order != 0 ? order : string.CompareOrdinal(entries[a.Entry].Sku, entries[b.Entry].Sku);
        });

        var length = Math.Min(keep, found.Count);
        var products = new RankedProduct[length];
        for (var i = 0; i < length; i++)
            products[i] = new RankedProduct(found[i].Entry, found[i].Score);
        return new Ranking(products, complete);
    }

    /// <summary>Products matching at least the required number of terms and scoring above the cut-off, with their score.</summary>
    private static (List<(int Entry, double Score)> Scored, List<Alternative> Alternatives) Match(CatalogSnapshot snapshot, ProductSearchCriteria criteria)
    {
        var alternatives = criteria.Terms
            .SelectMany((term, number) => term.Alternatives.Select(text => new Alternative(
                number, text, snapshot.Table.Query(text), MinimumSimilarity(text),
                term.MayBeMisspelt ? SearchQueryNormalizer.AllowedTypos(text.Length) : 0)))
            .ToList();

        // A term scores a product by its best alternative, an alternative by its best field (or a typo).
        var scores = new TermScores(snapshot.Entries.Length, criteria.Terms.Count);
        try
        {
            foreach (var alternative in alternatives)
            {
                var word = ScoresOf(snapshot, criteria, alternative);
                for (var i = 0; i < word.Entries.Length; i++)
                    scores.Raise(word.Entries[i], alternative.Term, word.Scores[i]);
            }

            return (Qualified(criteria, scores), alternatives);
        }
        finally
        {
            scores.Return();
        }
    }

    /// <summary>
    /// One query word's best score per product over every field and typo, from the snapshot's memory when the word was
    /// asked before (with the same archive filter): new queries are mostly made of words asked before.
    /// </summary>
    private static WordScores ScoresOf(CatalogSnapshot snapshot, ProductSearchCriteria criteria, Alternative alternative)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{alternative.Text}\u0001{alternative.Typos}\u0001{criteria.IncludeArchived}");
        if (snapshot.WordScores.TryGet(key, out var known))
            return known;

        var entries = snapshot.Entries;
        var alone = alternative with { Term = 0 };
        var scores = new TermScores(entries.Length, 1);
        var tableSize = Math.Max(1, snapshot.Table.Count);
        var inQuery = ArrayPool<bool>.Shared.Rent(tableSize);
        var lastPosition = ArrayPool<int>.Shared.Rent(tableSize);
        var seen = ArrayPool<int>.Shared.Rent(Math.Max(1, entries.Length));
        Array.Clear(inQuery, 0, tableSize);
        Array.Fill(lastPosition, -1, 0, tableSize);
        Array.Clear(seen, 0, entries.Length);
        try
        {
            alone.Trigrams.Mark(inQuery, true);
            for (var field = 0; field < CatalogSnapshot.FieldCount; field++)
                ScoreField(snapshot, criteria, alone, field, field + 1, seen, inQuery, lastPosition, scores);
            if (alone.Typos > 0)
                ScoreTypos(snapshot, criteria, alone, scores);

            var word = new WordScores(new int[scores.Rows], new double[scores.Rows]);
            for (var row = 0; row < scores.Rows; row++)
            {
                word.Entries[row] = scores.EntryOf(row);
                word.Scores[row] = scores.Row(row)[0];
            }

            snapshot.WordScores.Add(key, word);
            return word;
        }
        finally
        {
            scores.Return();
            ArrayPool<bool>.Shared.Return(inQuery);
            ArrayPool<int>.Shared.Return(lastPosition);
            ArrayPool<int>.Shared.Return(seen);
        }
    }

    /// <summary>Scores one query word against one field of the products that can match it there.</summary>
    private static void ScoreField(
        CatalogSnapshot snapshot, ProductSearchCriteria criteria, Alternative alternative, int field, int pass, int[] seen, bool[] inQuery,
        int[] lastPosition, TermScores scores)
    {
        var trigrams = alternative.Trigrams;
        var known = trigrams.Known;
        // word_similarity ≤ shared trigrams / query trigrams, so fewer shared than threshold × count cannot match.
        var needed = (int)Math.Ceiling(alternative.Threshold * trigrams.Count - 1e-6);
        if (known.Length == 0 || known.Length < needed)
            return;

        // A product holding `needed` of the known trigrams holds one of the (known − needed + 1) rarest: only their
        // products are candidates, and the common trigrams are looked up in each candidate's own (sorted) set.
        var postings = snapshot.Postings[field];
        Span<int> rarest = known.Length <= 64 ? stackalloc int[known.Length] : new int[known.Length];
        known.CopyTo(rarest);
        for (var i = 1; i < rarest.Length; i++)
        {
            var trigram = rarest[i];
            var j = i - 1;
            for (; j >= 0 && postings[rarest[j]].Length > postings[trigram].Length; j--)
                rarest[j + 1] = rarest[j];
            rarest[j + 1] = trigram;
        }

        var entries = snapshot.Entries;
        var active = snapshot.Active;
        var weight = FieldWeights[field];
        // The word found whole scores the most there is, without computing it.
        if (alternative.IsOneWord && snapshot.WholeWords[field].TryGetValue(alternative.Text, out var whole))
        {
            foreach (var entry in whole)
            {
                seen[entry] = pass;
                if (criteria.IncludeArchived || active[entry])
                    scores.Raise(entry, alternative.Term, weight * 1f);
            }
        }

        var probes = known.Length - needed + 1;
        for (var probe = 0; probe < probes; probe++)
        {
            foreach (var entry in postings[rarest[probe]])
            {
                // Seen under an earlier (rarer) probe: scored already. Otherwise it holds none of the rarer trigrams.
                if (seen[entry] == pass)
                    continue;
                seen[entry] = pass;
                if (!(criteria.IncludeArchived || active[entry]))
                    continue;

                // A term scores its best field: what cannot beat the score it already has changes nothing, even with
                // every later (commoner) trigram shared.
                var reached = scores.Reached(entry, alternative.Term);
                if (weight * Trigrams.WordSimilarityBound(known.Length - probe, trigrams.Count) <= reached)
                    continue;

                var distinct = new ReadOnlySpan<int>(entries[entry].Distinct[field]);
                var shared = 1;
                for (var other = probe + 1; other < rarest.Length && shared + rarest.Length - other >= needed; other++)
                {
                    if (distinct.BinarySearch(rarest[other]) >= 0)
                        shared++;
                }

                if (shared < needed || weight * Trigrams.WordSimilarityBound(shared, trigrams.Count) <= reached)
                    continue;
                var similarity = Trigrams.WordSimilarity(trigrams, inQuery, entries[entry].Fields[field], lastPosition);
                if (similarity >= alternative.Threshold)
                    scores.Raise(entry, alternative.Term, weight * similarity);
            }
        }
    }

    /// <summary>Name and category words within the allowed typing errors of the query word.</summary>
    private static void ScoreTypos(CatalogSnapshot snapshot, ProductSearchCriteria criteria, Alternative alternative, TermScores scores)
    {
        var letters = CatalogSnapshot.LettersOf(alternative.Text);
        var text = alternative.Text;
        for (var length = text.Length - alternative.Typos; length <= text.Length + alternative.Typos; length++)
        {
            if (!snapshot.WordsByLength.TryGetValue(length, out var words))
                continue;
            foreach (var word in words)
            {
                // Each letter one word has and the other lacks costs at least one edit: most words are out at once.
                if (BitOperations.PopCount(word.Letters & ~letters) > alternative.Typos
                    || BitOperations.PopCount(letters & ~word.Letters) > alternative.Typos
                    || !Trigrams.WithinEdits(text, word.Text, alternative.Typos))
                    continue;
                foreach (var entry in word.Entries)
                {
                    if (criteria.IncludeArchived || snapshot.Active[entry])
                        scores.Raise(entry, alternative.Term, TypoWeight);
                }
            }
        }
    }

    /// <summary>The products matching enough terms and scoring above the cut-off relative to the best of them.</summary>
    private static List<(int Entry, double Score)> Qualified(ProductSearchCriteria criteria, TermScores scores)
    {
        var scored = new List<(int Entry, double Score)>();
        for (var row = 0; row < scores.Rows; row++)
        {
            var terms = scores.Row(row);
            var matched = 0;
            var sum = 0d;
            foreach (var score in terms)
            {
                if (score > 0)
                    matched++;
                sum += score;
            }

            if (matched >= criteria.RequiredMatches)
                scored.Add((scores.EntryOf(row), sum / criteria.Terms.Count));
        }

        // Without the in-stock filter the best product is the best match: what falls below the relative cut-off of it
        // cannot be shown, so it is not ranked at all.
        if (!criteria.InStockOnly && scored.Count > 0)
        {
            var floor = RelativeCutoff * scored.Max(s => s.Score);
            scored.RemoveAll(s => s.Score < floor);
        }

        return scored;
    }

    /// <summary>How close the product's name is to the query words (the tie-break between equal scores).</summary>
    private static float Closeness(CatalogSnapshot snapshot, ProductSearchCriteria criteria, List<Alternative> alternatives, int entry)
    {
        var name = snapshot.Entries[entry].Distinct[(int)CatalogSnapshot.Field.Name];
        var closeness = 0f; // sum(real) in the SQL this replaces: real
        for (var term = 0; term < criteria.Terms.Count; term++)
        {
            var termCloseness = 0f;
            foreach (var alternative in alternatives)
            {
                if (alternative.Term == term)
                    termCloseness = Math.Max(termCloseness, Trigrams.Similarity(alternative.Trigrams, name));
            }

            closeness += termCloseness;
        }

        return closeness;
    }

    /// <summary>
    /// Short words share most trigrams with unrelated words ("rot" and "Röstung"), so they must match
    /// (nearly) whole; longer words may carry a typo ("jeens", "hoddie").
    /// </summary>
    internal static float MinimumSimilarity(string alternative) => alternative.Length switch
    {
        <= 3 => 0.75f,
        4 => 0.6f,
        _ => 0.5f,
    };

    /// <summary>Each term's best score per product, in pooled rows: a row is taken when a product first scores.</summary>
    private sealed class TermScores
    {
        private readonly int _terms;
        private readonly int[] _rowOf;
        private int[] _entryOf;
        private double[] _values;

        public TermScores(int entries, int terms)
        {
            _terms = terms;
            _rowOf = ArrayPool<int>.Shared.Rent(Math.Max(1, entries));
            Array.Fill(_rowOf, -1, 0, entries);
            _entryOf = ArrayPool<int>.Shared.Rent(64);
            _values = ArrayPool<double>.Shared.Rent(64 * terms);
        }

        public int Rows { get; private set; }

        public double Reached(int entry, int term) => _rowOf[entry] is var row and >= 0 ? _values[row * _terms + term] : 0;

        public void Raise(int entry, int term, double score)
        {
            if (score <= 0)
                return;
            var row = _rowOf[entry];
            if (row < 0)
            {
                row = _rowOf[entry] = Rows++;
                if (Rows > _entryOf.Length)
                {
                    _entryOf = Grow(_entryOf, Rows);
                    _values = Grow(_values, Rows * _terms);
                }

                _entryOf[row] = entry;
                Array.Clear(_values, row * _terms, _terms);
            }

            ref var value = ref _values[row * _terms + term];
            value = Math.Max(value, score);
        }

        public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * _terms, _terms);

        public int EntryOf(int row) => _entryOf[row];

        public void Return()
        {
            ArrayPool<int>.Shared.Return(_rowOf);
            ArrayPool<int>.Shared.Return(_entryOf);
            ArrayPool<double>.Shared.Return(_values);
        }

        private static T[] Grow<T>(T[] array, int needed)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
            array.CopyTo(larger, 0);
            ArrayPool<T>.Shared.Return(array);
            return larger;
        }
    }
}

/// <summary>The products one query word matches and its best score for each (parallel arrays).</summary>
internal sealed record WordScores(int[] Entries, double[] Scores);

/// <summary>One product of a ranking: its <see cref="CatalogSnapshot"/> entry and its score (0–1).</summary>
internal readonly record struct RankedProduct(int Entry, double Score);

/// <summary>
/// The products matching a query, best first. <see cref="Complete"/> is false when only the best of them are kept; a
/// search that needs more ranks again in full.
/// </summary>
internal sealed record Ranking(RankedProduct[] Products, bool Complete);
