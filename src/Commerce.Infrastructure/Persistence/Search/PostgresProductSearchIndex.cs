using System.Data;
using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// Product search in one parameterised round trip, scored with pg_trgm's word_similarity so that typos
/// ("snaker"), German compounds ("regen" in "Regenschirm") and inflections still match.
/// </summary>
internal sealed class PostgresProductSearchIndex(CommerceDbContext db) : IProductSearchIndex
{
    // Where a term may match and what a match there is worth: a name says more than a category,
    // a category more than a description or a size.
    private const double NameWeight = 1.0;
    private const double CategoryWeight = 0.8;
    private const double DescriptionWeight = 0.6;

    // A name or category word within the allowed typing errors of an unknown query word ("jeens", "hoddie").
    // Trigrams score such words low (a typo breaks up to three trigrams), edit distance does not.
    private const double TypoWeight = 0.7;

    // A hit scoring below this share of the best hit is a near-miss next to a real match ("schal" also
    // resembles "schwarz"); near-misses are kept only when nothing matches better (a typo'd query).
    private const double RelativeCutoff = 0.6;

    public async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ProductSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var alternatives = new List<string>();
        var termNumbers = new List<int>();
        var thresholds = new List<float>();
        var typos = new List<int>();
        for (var i = 0; i < criteria.Terms.Count; i++)
        {
            foreach (var alternative in criteria.Terms[i].Alternatives)
            {
                alternatives.Add(alternative);
                termNumbers.Add(i);
                thresholds.Add(MinimumSimilarity(alternative));
                typos.Add(criteria.Terms[i].MayBeMisspelt ? SearchQueryNormalizer.AllowedTypos(alternative.Length) : 0);
            }
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.Add(new NpgsqlParameter("alternatives", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = alternatives.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("term_numbers", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = termNumbers.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("thresholds", NpgsqlDbType.Array | NpgsqlDbType.Real) { Value = thresholds.ToArray() });
            command.Parameters.Add(new NpgsqlParameter("typos", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = typos.ToArray() });
            command.Parameters.AddWithValue("term_count", criteria.Terms.Count);
            command.Parameters.AddWithValue("required", criteria.RequiredMatches);
            command.Parameters.AddWithValue("include_archived", criteria.IncludeArchived);
            command.Parameters.AddWithValue("in_stock_only", criteria.InStockOnly);
            command.Parameters.AddWithValue("english", criteria.Language == "en");
            command.Parameters.AddWithValue("row_limit", criteria.Limit);
            command.Parameters.AddWithValue("name_weight", NameWeight);
            command.Parameters.AddWithValue("category_weight", CategoryWeight);
            command.Parameters.AddWithValue("description_weight", DescriptionWeight);
            command.Parameters.AddWithValue("typo_weight", TypoWeight);
            command.Parameters.AddWithValue("relative_cutoff", RelativeCutoff);

            var hits = new List<ProductSearchHit>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new ProductSearchHit(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    new LocalizedTextDto(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)),
                    new MoneyDto(reader.GetDecimal(4), reader.GetString(5)),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetInt32(7),
                    reader.GetBoolean(8),
                    Math.Round(reader.GetDouble(9), 3)));
            }

            return hits;
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
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

    // Category names and variant options live in other tables, which a generated column cannot read;
    // they are joined here instead of copied onto each product, so renaming a category or adding a size
    // needs no product rewrite. Both are small per product, so the join costs little.
    private const string Sql = """
        WITH query AS (
            SELECT * FROM unnest(@alternatives, @term_numbers, @thresholds, @typos) AS q(alternative, term, threshold, typos)
        ),
        candidates AS MATERIALIZED (
            SELECT p.id, p.sku, p.name_de, p.name_en, p.price_amount, p.price_currency, p.image_path,
                   p.search_name, p.search_document, c.search_document AS category_document,
                   coalesce(v.document, '') AS variant_document,
                   v.document IS NOT NULL AS has_variants,
                   coalesce(v.stock, p.stock) AS stock
            FROM products p
            JOIN categories c ON c.id = p.category_id
            LEFT JOIN LATERAL (
                SELECT commerce_fold(string_agg(vr.sku || ' ' || vr.option_name_de || ' ' || coalesce(vr.option_name_en, '') || ' ' || vr.option_value, ' ')) AS document,
                       sum(vr.stock)::int AS stock
                FROM variants vr
                WHERE vr.product_id = p.id
            ) v ON true
            WHERE (@include_archived OR p.status = 'Active')
        ),
        -- MATERIALIZED: each similarity is computed once per product and query word, whatever the
        -- planner guesses about row counts (a freshly loaded catalog has no statistics yet).
        similarities AS MATERIALIZED (
            SELECT cand.id, q.term, q.threshold, q.typos,
                   word_similarity(q.alternative, cand.search_name) AS name,
                   word_similarity(q.alternative, cand.category_document) AS category,
                   word_similarity(q.alternative, cand.search_document) AS description,
                   word_similarity(q.alternative, cand.variant_document) AS variant,
                   similarity(q.alternative, cand.search_name) AS closeness,
                   CASE WHEN q.typos > 0 THEN (
                       SELECT min(levenshtein_less_equal(q.alternative, word, q.typos))
                       FROM regexp_split_to_table(cand.search_name || ' ' || cand.category_document, '[^a-z0-9]+') AS word
                       WHERE abs(length(word) - length(q.alternative)) <= q.typos)
                   END AS edits
            FROM candidates cand
            CROSS JOIN query q
        ),
        term_scores AS (
            SELECT id, term,
                   max(greatest(
                       CASE WHEN name >= threshold THEN @name_weight * name ELSE 0 END,
                       CASE WHEN category >= threshold THEN @category_weight * category ELSE 0 END,
                       CASE WHEN description >= threshold THEN @description_weight * description ELSE 0 END,
                       CASE WHEN variant >= threshold THEN @description_weight * variant ELSE 0 END,
                       CASE WHEN edits <= typos THEN @typo_weight ELSE 0 END)) AS score,
                   max(closeness) AS closeness
            FROM similarities
            GROUP BY id, term
        ),
        matches AS MATERIALIZED (
            SELECT id, sum(score) / @term_count AS score, sum(closeness) AS closeness
            FROM term_scores
            GROUP BY id
            HAVING count(*) FILTER (WHERE score > 0) >= @required
        ),
        ranked AS (
            SELECT m.*, max(m.score) OVER () AS best
            FROM matches m
            JOIN candidates cand ON cand.id = m.id
            WHERE NOT @in_stock_only OR cand.stock > 0
        )
        SELECT cand.id, cand.sku, cand.name_de, cand.name_en, cand.price_amount, cand.price_currency, cand.image_path,
               cand.stock, cand.has_variants, r.score::float8
        FROM ranked r
        JOIN candidates cand ON cand.id = r.id
        WHERE r.score >= @relative_cutoff * r.best
        ORDER BY r.score DESC, r.closeness DESC,
                 CASE WHEN @english THEN coalesce(cand.name_en, cand.name_de) ELSE cand.name_de END, cand.sku
        LIMIT @row_limit
        """;
}
