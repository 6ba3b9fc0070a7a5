using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog.Search;
using Commerce.Infrastructure.Persistence.Search;
using Npgsql;

namespace Commerce.Api.Tests.Catalog;

/// <summary>
/// Search scores in process with a re-implementation of pg_trgm; here PostgreSQL's own <c>word_similarity</c> and
/// <c>similarity</c> judge it, for every query word shoppers might type (whole words, typos, stems, umlaut spellings,
/// two-word synonyms, sizes) against every text the demo catalog is searched by. Equal to the last bit.
/// </summary>
public sealed class TrigramEquivalenceTests
{
    private static readonly string[] Queries =
    [
        "sneaker", "snaker", "snk-wht", "rot", "red", "weiss", "white", "jeens", "jeans", "regnjacke", "regenjacke", "regen",
        "muetze", "mutze", "mtze", "light blue", "hellblau", "t-shirt", "tshirt", "43", "45", "xl", "m", "a", "hoddie",
        "hoodie", "kapuzenpullover", "daunenjacke", "wasserdicht", "waterproof", "sonenbrille", "rucksak", "kaffee",
        "espresso", "bohnen", "sencha", "chelsea", "boot", "leder", "leather", "baumwolle", "organic", "schwarzen", "schw",
        "gelb", "gruene", "grun", "socken", "3er-pack", "armbanduhr", "silber", "guertel", "gurtel", "schal", "schwarz",
    ];

    private static IReadOnlyList<string> CatalogTexts()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-catalog.json")));
        var texts = new List<string>();
        string? Text(JsonElement e, string name, string lang) => lang == "de"
            ? e.TryGetProperty(name, out var v) ? v.GetString() : null
            : e.TryGetProperty("translations", out var tr) && tr.TryGetProperty(lang, out var l) && l.TryGetProperty(name, out var t) ? t.GetString() : null;
        foreach (var c in json.RootElement.GetProperty("categories").EnumerateArray())
            texts.Add(SearchText.Fold($"{c.GetProperty("slug").GetString()} {Text(c, "name", "de")} {Text(c, "name", "en")}"));
        foreach (var p in json.RootElement.GetProperty("products").EnumerateArray())
        {
            texts.Add(SearchText.Fold($"{p.GetProperty("sku").GetString()} {Text(p, "name", "de")} {Text(p, "name", "en")}"));
            texts.Add(SearchText.Fold($"{Text(p, "name", "de")} {Text(p, "name", "en")} {Text(p, "description", "de")} {Text(p, "description", "en")}"));
        }

        texts.Add("");
        texts.Add("snk-red-43 groesse 43 size 43 snk-red-44 groesse 44 size 44");
        return texts;
    }

    [Fact]
    public async Task In_process_similarities_equal_PostgreSQLs()
    {
        var texts = CatalogTexts();
        var cluster = await PostgresCluster.GetAsync();
        await using var connection = new NpgsqlConnection(await cluster.CreateDatabaseAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT q, t, word_similarity(q, t), similarity(q, t) FROM unnest(@queries) WITH ORDINALITY AS a(q, i) CROSS JOIN unnest(@texts) WITH ORDINALITY AS b(t, j) ORDER BY i, j",
            connection);
        command.Parameters.AddWithValue("queries", Queries);
        command.Parameters.AddWithValue("texts", texts.ToArray());

        var table = new TrigramTable();
        var sequences = texts.ToDictionary(t => t, table.Sequence);
        var sorted = sequences.ToDictionary(s => s.Key, s => s.Value.Distinct().Order().ToArray());
        var lastPosition = Enumerable.Repeat(-1, table.Count + 1).ToArray();
        var inQuery = new bool[table.Count + 1];
        var mismatches = new List<string>();
        var compared = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (query, text) = (reader.GetString(0), reader.GetString(1));
            var trigrams = table.Query(query);
            trigrams.Mark(inQuery, true);
            var word = Trigrams.WordSimilarity(trigrams, inQuery, sequences[text], lastPosition);
            trigrams.Mark(inQuery, false);
            var plain = Trigrams.Similarity(trigrams, sorted[text]);
            var bound = Trigrams.WordSimilarityBound(trigrams.SharedWith(sorted[text]), trigrams.Count);
            if (word != reader.GetFloat(2) || plain != reader.GetFloat(3) || word > bound)
                mismatches.Add($"'{query}' in '{text}': word {word} vs {reader.GetFloat(2)} (bound {bound}), similarity {plain} vs {reader.GetFloat(3)}");
            compared++;
        }

        compared.Should().Be(Queries.Length * texts.Count);
        mismatches.Should().BeEmpty();
        lastPosition.Should().OnlyContain(p => p == -1, "the scratch space is left clean for the next query");
        inQuery.Should().OnlyContain(marked => !marked);
    }

    [Theory]
    [InlineData("jeens", "jeans", 1, true)]
    [InlineData("regnjacke", "regenjacke", 1, true)]
    [InlineData("hoodei", "hoodie", 1, false)] // swapped neighbours are two edits for levenshtein
    [InlineData("sonenbrille", "sonnenbrille", 2, true)]
    [InlineData("abc", "xyz", 2, false)]
    public void Edit_distance_is_levenshteins(string a, string b, int limit, bool within) =>
        Trigrams.WithinEdits(a, b, limit).Should().Be(within);
}
