using Commerce.Application.Understanding;
using Xunit.Abstractions;

namespace Commerce.Application.Tests.Understanding;

public sealed class DatasetEvaluationTests(ITestOutputHelper output)
{
    private static readonly HybridIntentRecognizer Recognizer = Catalogs.DemoRecognizer;

    [Theory]
    [InlineData("dev.tsv")]
    [InlineData("extra.tsv")]
    [InlineData("holdout1.tsv")]
    [InlineData("holdout2.tsv")]
    [InlineData("holdout3.tsv")]
    [InlineData("holdout4.tsv")]
    [InlineData("holdout5.tsv")]
    [InlineData("holdout6.tsv")]
    public void Evaluate_WhenRunOnLabelledSet_ReachesNinetyPercentIntentAccuracy(string file)
    {
        var examples = NluDataset.Load(Path.Combine(AppContext.BaseDirectory, "Understanding", file));

        var report = NluEvaluator.Evaluate(examples, Recognizer);

        output.WriteLine(NluEvaluator.Format(report));
        report.Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
    }
}
