using System.Text;
using System.Text.Json;

namespace Commerce.Bench;

/// <summary>
/// (c) Search over a large catalog: imports generated products through the merchant import until the shop holds
/// <c>--products</c> (10,000), then runs closed-loop <c>GET /api/v1/products/search</c> with a mix of what shoppers
/// type (colours and kinds in both languages, typos, sizes, nothing that fits). The first search after the import
/// builds the in-memory snapshot and is part of the warm-up. With <c>--unseen</c> every search is a query not asked
/// in the last few thousand (kind, colour and material words of the generated catalog in both languages, some
/// misspelt), so no ranking comes from the cache: what a shopper's first, unusual query costs.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Queries =
    [
        "rote sneaker", "black hoodie", "snaker", "jeens", "regenjacke gelb", "wollmütze grau", "leather belt",
        "t-shirt weiß größe l", "kaffee", "sunglasses", "xyzzy", "blaue jacke aus baumwolle", "canvas bag", "stiefel 43",
    ];

    // Generated products: kind × material × colour, each with a German and an English name and description.
    private static readonly (string De, string En)[] Kinds =
    [
        ("Sneaker", "sneakers"), ("Hoodie", "hoodie"), ("Jacke", "jacket"), ("Mütze", "beanie"), ("Schal", "scarf"),
        ("Tasche", "bag"), ("Stiefel", "boots"), ("Hose", "trousers"), ("Hemd", "shirt"), ("Gürtel", "belt"),
        ("Rucksack", "backpack"), ("Socken", "socks"), ("Handschuhe", "gloves"), ("Kleid", "dress"), ("Rock", "skirt"),
        ("Pullover", "sweater"), ("Weste", "vest"), ("Sandalen", "sandals"), ("Tasse", "mug"), ("Decke", "blanket"),
    ];

    private static readonly (string De, string En)[] Materials =
    [
        ("Baumwolle", "cotton"), ("Wolle", "wool"), ("Leder", "leather"), ("Leinen", "linen"), ("Canvas", "canvas"),
        ("Fleece", "fleece"), ("Denim", "denim"), ("Kaschmir", "cashmere"), ("Seide", "silk"), ("Kork", "cork"),
    ];

    private static readonly (string De, string En)[] Colours =
    [
        ("Rot", "red"), ("Schwarz", "black"), ("Weiß", "white"), ("Grau", "grey"), ("Blau", "blue"), ("Grün", "green"),
        ("Braun", "brown"), ("Gelb", "yellow"), ("Beige", "beige"), ("Oliv", "olive"),
    ];

    public static async Task RunAsync(Args args)
    {
        var url = args.Text("url", "http://127.0.0.1:5081");
        var apiKey = args.Text("api-key", "bench");
        var products = args.Int("products", 10_000);
        var seconds = args.Double("seconds", 10);
        var warmup = args.Double("warmup", 3);
        var json = args.Optional("json");
        var unseen = args.Flag("unseen");
        var queries = unseen ? UnseenQueries() : Queries;
        var next = 0;

        using var admin = Http.Client(url, 1);
        admin.Timeout = TimeSpan.FromMinutes(10);
        admin.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        await ImportAsync(admin, products);

        Console.WriteLine(Measurement.Header);
        foreach (var concurrency in args.Ints("concurrency", "1,4"))
        {
            using var client = Http.Client(url, concurrency);
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            var result = await ClosedLoop.RunAsync(unseen ? "search-unseen" : "search", "bench", concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds),
                async (worker, seq, ct) =>
                {
                    var query = unseen ? queries[Interlocked.Increment(ref next) % queries.Length] : queries[(worker + seq) % queries.Length];
                    using var response = await client.GetAsync($"api/v1/products/search?q={Uri.EscapeDataString(query)}&lang=de&limit=10", ct);
                    await response.Content.CopyToAsync(Stream.Null, ct);
                    return response.IsSuccessStatusCode;
                });
            var note = unseen ? $"{products} products in the catalog; {queries.Length:N0} different queries, none repeated within the run's cache" : $"{products} products in the catalog; {queries.Length} queries in turn";
            (result with { Note = note }).Emit(json);
        }
    }

    /// <summary>
    /// Distinct shopper-like queries from the generated catalog's words: "rot sneaker", "hoodie aus wolle", "black wool
    /// scarf", every seventh with two letters swapped, shuffled; a query comes again only after all the others.
    /// </summary>
    private static string[] UnseenQueries()
    {
        var queries = new List<string>();
        foreach (var kind in Kinds)
        {
            foreach (var colour in Colours)
            {
                foreach (var material in Materials)
                {
                    queries.Add($"{colour.De.ToLowerInvariant()} {kind.De.ToLowerInvariant()} aus {material.De.ToLowerInvariant()}");
                    queries.Add($"{colour.En} {material.En} {kind.En}");
                }

                queries.Add($"{kind.De.ToLowerInvariant()} {colour.De.ToLowerInvariant()}");
                queries.Add($"{colour.En} {kind.En}");
            }
        }

        for (var i = 0; i < queries.Count; i += 7)
        {
            var q = queries[i];
            var at = q.Length / 2;
            if (char.IsLetter(q[at]) && char.IsLetter(q[at + 1]))
                queries[i] = string.Concat(q.AsSpan(0, at), q[at + 1].ToString(), q[at].ToString(), q.AsSpan(at + 2));
        }

        var shuffle = new Random(8);
        return [.. queries.OrderBy(_ => shuffle.Next())];
    }

    /// <summary>Imports generated products (SKU GEN-00001…) in batches of 1,000 until <paramref name="total"/> exist.</summary>
    private static async Task ImportAsync(HttpClient admin, int total)
    {
        const int batch = 1_000;
        for (var first = 0; first < total; first += batch)
        {
            var body = new StringBuilder("""{"categories":[{"slug":"generiert","name":"Generiert","translations":{"en":{"name":"Generated"}}}],"products":[""");
            for (var i = first; i < Math.Min(total, first + batch); i++)
            {
                var kind = Kinds[i % Kinds.Length];
                var material = Materials[i / Kinds.Length % Materials.Length];
                var colour = Colours[i / (Kinds.Length * Materials.Length) % Colours.Length];
                var line = i / (Kinds.Length * Materials.Length * Colours.Length);
                if (i > first)
                    body.Append(',');
                body.Append(JsonSerializer.Serialize(new
                {
                    sku = $"GEN-{i:D5}",
                    category = "generiert",
                    name = $"{kind.De} {colour.De} {material.De} Linie {line}",
                    description = $"{kind.De} aus {material.De} in {colour.De}, Kollektion {line}. Pflegeleicht und langlebig.",
                    price = new { amount = $"{19 + i % 180}.90", currency = "EUR" },
                    stock = i % 7,
                    translations = new { en = new { name = $"{colour.En} {material.En} {kind.En}, line {line}", description = $"{colour.En} {kind.En} made of {material.En}, collection {line}. Easy care and durable." } },
                }));
            }

            body.Append("]}");
            using var response = await admin.PostAsync("api/v1/catalog/import", Http.Json(body.ToString()));
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Console.Error.WriteLine($"imported {total} generated products");
    }
}
