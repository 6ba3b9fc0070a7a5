using Commerce.Application.Understanding;
using Xunit.Abstractions;

namespace Commerce.Application.Tests.Understanding;

/// <summary>
/// The fresh labelled batches (Understanding/batches), each written before the version it first measured
/// (1, 2: the rules alone; 3, 4, 5, 6: successive versions of the blend; 7: questions about the shop and near misses; 8: the blend with goods words from the catalog only; 9: the final blend). The README lists their first scores.
/// </summary>
public sealed class BatchEvaluationTests(ITestOutputHelper output)
{
    private static readonly HybridIntentRecognizer Hybrid = Catalogs.DemoRecognizer;
    private static readonly string[] Batches =
        ["batch1-chat.tsv", "batch2-mixed.tsv", "batch3-chat.tsv", "batch4-mixed.tsv", "batch5-mixed-chat.tsv", "batch6-mixed-chat.tsv", "batch7-shop-info.tsv", "batch8-chat-mixed.tsv", "batch9-chat-mixed.tsv"];

    private static IReadOnlyList<NluExample> Load(string file) =>
        NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "batches", file));

    [Theory]
    [InlineData("batch1-chat.tsv")]
    [InlineData("batch2-mixed.tsv")]
    [InlineData("batch3-chat.tsv")]
    [InlineData("batch4-mixed.tsv")]
    [InlineData("batch5-mixed-chat.tsv")]
    [InlineData("batch6-mixed-chat.tsv")]
    [InlineData("batch7-shop-info.tsv")]
    [InlineData("batch8-chat-mixed.tsv")]
    [InlineData("batch9-chat-mixed.tsv")]
    public void Evaluate_WhenRunOnAFreshBatch_ReachesNinetyPercentAccuracyAndMacroF1(string file)
    {
        var report = NluEvaluator.Evaluate(Load(file), Hybrid);

        output.WriteLine(NluEvaluator.Format(report));
        report.Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
        report.MacroF1.Should().BeGreaterThanOrEqualTo(0.90);
        report.OrderNumberExactMatch.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Evaluate_OnAllFreshBatches_BlendBeatsTheRulesAlone()
    {
        var examples = Batches.SelectMany(Load).ToList();

        var blend = NluEvaluator.Evaluate(examples, Hybrid);
        var rules = NluEvaluator.Evaluate(examples, new RuleBasedIntentRecognizer(Catalogs.Demo));

        output.WriteLine($"blend {blend.Accuracy:P1} / {blend.MacroF1:F3}, rules {rules.Accuracy:P1} / {rules.MacroF1:F3}");
        blend.Accuracy.Should().BeGreaterThan(rules.Accuracy + 0.03);
        blend.QuantityExactMatch.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Evaluate_OnAllFreshBatches_FallbackCatchesMostMistakesAndFewSuccesses()
    {
        var report = NluEvaluator.Evaluate(Batches.SelectMany(Load).ToList(), Hybrid);

        output.WriteLine($"fallback on {report.Fallback.OnMistakes:P0} of mistakes, {report.Fallback.OnSuccesses:P0} of successes");
        report.Fallback.OnMistakes.Should().BeGreaterThanOrEqualTo(0.6);
        report.Fallback.OnSuccesses.Should().BeLessThanOrEqualTo(0.2);
    }
}
