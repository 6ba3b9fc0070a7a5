using System.Text.Json;
using Commerce.Application.Understanding;
using Xunit.Abstractions;

namespace Commerce.Application.Tests.Understanding;

/// <summary>The recogniser takes the goods words from the merchant's own catalog, whatever the trade.</summary>
public sealed class CatalogVocabularyTests(ITestOutputHelper output)
{
    private static readonly HybridIntentRecognizer Recognizer = new();

    [Fact]
    public void Evaluate_WithABicycleShopsCatalog_ReadsItsGoodsAsWellAsTheDemoShops()
    {
        var bikes = Load("catalogs/bikes-catalog.json");
        var examples = NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "catalogs", "bikes.tsv"));

        var withCatalog = NluEvaluator.Evaluate(examples, new CatalogBound(Recognizer, bikes));
        var withoutCatalog = NluEvaluator.Evaluate(examples, Recognizer);
        // The fresh demo-shop batches (never tuned on), read with the demo catalog's words.
        var demo = NluEvaluator.Evaluate(
            new[] { "batch5-mixed-chat.tsv", "batch6-mixed-chat.tsv" }
                .SelectMany(f => NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "batches", f))).ToList(),
            new CatalogBound(Recognizer, Load("demo-catalog.json")));

        output.WriteLine("bicycles with their catalog:\n" + NluEvaluator.Format(withCatalog));
        output.WriteLine($"bicycles without it: {withoutCatalog.Accuracy:P1}, query {withoutCatalog.QueryExactMatch:P1}; demo batches 5-6 with the demo catalog: {demo.Accuracy:P1}");
        withCatalog.Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
        withCatalog.QueryExactMatch.Should().BeGreaterThan(withoutCatalog.QueryExactMatch);
        withCatalog.Accuracy.Should().BeGreaterThanOrEqualTo(demo.Accuracy - 0.03);
    }

    [Theory]
    [InlineData("habt ihr federgabeln", "federgabeln")]
    [InlineData("2 schläuche in den warenkorb", "schläuche")]
    [InlineData("any disc brake pads", "disc brake pads")]
    public void Recognize_WithTheCatalog_TakesItsWordsIntoTheQuery(string text, string query)
    {
        var understood = Recognizer.Recognize(text, null, Load("catalogs/bikes-catalog.json"));

        understood.Entities.Query.Should().Be(query);
    }

    [Fact]
    public void From_WhenTheCatalogChanges_GivesANewVersionWithTheNewWords()
    {
        var before = CatalogVocabulary.From(Guid.NewGuid(), ["Rennrad Aluminium"], ["Leichtes Rennrad."]);
        var after = CatalogVocabulary.From(Guid.NewGuid(), ["Rennrad Aluminium", "Lastenrad"], []);

        before.Goods.Should().Contain(["rennrad", "rennrads", "aluminium"]).And.NotContain("lastenrad");
        after.Goods.Should().Contain("lastenrad");
        after.Version.Should().NotBe(before.Version);
        Recognizer.Recognize("habt ihr lastenräder", null, after).Entities.Query.Should().Be("lastenräder");
    }

    /// <summary>Goods texts and descriptions of a catalog in the import format (demo/demo-catalog.json).</summary>
    private static CatalogVocabulary Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var goods = new List<string?>();
        var descriptions = new List<string?>();
        foreach (var category in json.RootElement.GetProperty("categories").EnumerateArray())
        {
            goods.Add(category.GetProperty("slug").GetString());
            goods.Add(category.GetProperty("name").GetString());
            goods.AddRange(Translations(category, "name"));
        }
        foreach (var product in json.RootElement.GetProperty("products").EnumerateArray())
        {
            goods.Add(product.GetProperty("name").GetString());
            goods.AddRange(Translations(product, "name"));
            descriptions.Add(product.TryGetProperty("description", out var d) ? d.GetString() : null);
            descriptions.AddRange(Translations(product, "description"));
            if (product.TryGetProperty("variants", out var variants))
            {
                goods.AddRange(variants.EnumerateArray().Select(v => v.GetProperty("option").GetProperty("value").GetString()));
            }
        }
        return CatalogVocabulary.From(Guid.NewGuid(), goods, descriptions);
    }

    private static IEnumerable<string?> Translations(JsonElement element, string field) =>
        element.TryGetProperty("translations", out var translations)
            ? translations.EnumerateObject().Select(t => t.Value.TryGetProperty(field, out var v) ? v.GetString() : null)
            : [];

    private sealed class CatalogBound(IIntentRecognizer inner, CatalogVocabulary catalog) : IIntentRecognizer
    {
        public Commerce.Application.Understanding.Understanding Recognize(string text, string? preferredLanguage = null) =>
            inner.Recognize(text, preferredLanguage, catalog);
    }
}
