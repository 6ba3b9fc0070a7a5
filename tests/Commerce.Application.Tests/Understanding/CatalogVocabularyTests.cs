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
        var bikes = Catalogs.Load("catalogs/bikes-catalog.json");
        var examples = NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "catalogs", "bikes.tsv"));

        var withCatalog = NluEvaluator.Evaluate(examples, new CatalogBound(Recognizer, bikes));
        // The same lines read with the demo shop's catalog: another trade's words, as a shop of clothes and coffee knows them.
        var withDemoCatalog = NluEvaluator.Evaluate(examples, new CatalogBound(Recognizer, Catalogs.Demo));
        // The fresh demo-shop batches (never tuned on), read with the demo catalog's words.
        var demo = NluEvaluator.Evaluate(
            new[] { "batch5-mixed-chat.tsv", "batch6-mixed-chat.tsv" }
                .SelectMany(f => NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "batches", f))).ToList(),
            new CatalogBound(Recognizer, Catalogs.Demo));

        output.WriteLine("bicycles with their catalog:\n" + NluEvaluator.Format(withCatalog));
        output.WriteLine($"bicycles with the demo shop's catalog: {withDemoCatalog.Accuracy:P1}, query {withDemoCatalog.QueryExactMatch:P1}; demo batches 5-6 with the demo catalog: {demo.Accuracy:P1}");
        withCatalog.Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
        withCatalog.QueryExactMatch.Should().BeGreaterThan(withDemoCatalog.QueryExactMatch);
        withCatalog.Accuracy.Should().BeGreaterThanOrEqualTo(demo.Accuracy - 0.03);
    }

    [Theory]
    [InlineData("habt ihr federgabeln", "federgabeln")]
    [InlineData("2 schläuche in den warenkorb", "schläuche")]
    [InlineData("any disc brake pads", "disc brake pads")]
    public void Recognize_WithTheCatalog_TakesItsWordsIntoTheQuery(string text, string query)
    {
        var understood = Recognizer.Recognize(text, null, Catalogs.Load("catalogs/bikes-catalog.json"));

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

    [Fact]
    public void Analyze_KnowsGoodsOnlyFromTheCatalogItReads()
    {
        var demo = new RuleBasedIntentRecognizer(Catalogs.Demo);
        var bikes = new RuleBasedIntentRecognizer(Catalogs.Load("catalogs/bikes-catalog.json"));
        var none = new RuleBasedIntentRecognizer();

        demo.Analyze("habt ihr hoodies").HasProductNoun.Should().BeTrue();
        bikes.Analyze("habt ihr hoodies").HasProductNoun.Should().BeFalse();
        none.Analyze("habt ihr hoodies").HasProductNoun.Should().BeFalse();
        bikes.Analyze("habt ihr ein rennrad").HasProductNoun.Should().BeTrue();
        // A colour belongs in a query in every trade, but names no goods.
        none.Analyze("der himmel ist blau").HasProduct.Should().BeTrue();
        none.Analyze("der himmel ist blau").HasProductNoun.Should().BeFalse();
    }

    [Fact]
    public void From_WhenANameIsACompound_TakesItsLastPartAsGoodsWhereTheCatalogUsesItAlone()
    {
        var catalog = CatalogVocabulary.From(Guid.NewGuid(), ["Ledergürtel Braun", "Armbanduhr Silber", "Espressobohnen 1 kg", "Espresso", "Socken 3er-Pack"],
            ["Gürtel aus Vollleder.", "Minimalistische Uhr."]);

        catalog.Goods.Should().Contain(["guertel", "uhr", "bohnen"]).And.NotContain(["pack", "packs"]);
        Recognizer.Recognize("hey, habt ihr kaffeebohnen", null, catalog).Intent.Should().Be(Intents.SearchProducts);
    }

    private sealed class CatalogBound(IIntentRecognizer inner, CatalogVocabulary catalog) : IIntentRecognizer
    {
        public Commerce.Application.Understanding.Understanding Recognize(string text, string? preferredLanguage = null) =>
            inner.Recognize(text, preferredLanguage, catalog);
    }
}
