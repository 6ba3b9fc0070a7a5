using System.Diagnostics;
using Commerce.Application.Understanding;
using Commerce.Application.Understanding.Learned;

namespace Commerce.Application.Tests.Understanding;

public sealed class LearnedModelTests
{
    [Fact]
    public void EmbeddedTrainingData_CoversEveryIntentInBothLanguages()
    {
        var examples = NluDataset.Parse(IntentModel.EmbeddedLines());

        examples.Count.Should().BeGreaterThan(5000);
        foreach (var intent in Intents.All)
        {
            foreach (var language in new[] { "de", "en" })
            {
                examples.Count(e => e.Intent == intent && e.Language == language).Should().BeGreaterThan(100, $"{intent}/{language} needs examples");
            }
        }
        examples.Select(e => e.Intent).Should().OnlyContain(i => Intents.All.Contains(i));
    }

    [Fact]
    public void Train_WhenRunTwiceOnTheSameData_GivesTheSameModelWithinAMinute()
    {
        var examples = NluDataset.Parse(IntentModel.EmbeddedLines());
        var analyzer = new RuleBasedIntentRecognizer(Catalogs.Demo);

        var stopwatch = Stopwatch.StartNew();
        var first = IntentModel.Train(examples, analyzer, IntentModel.EmbeddedProductWords());
        stopwatch.Stop();
        var second = IntentModel.Train(examples, analyzer, IntentModel.EmbeddedProductWords());

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
        second.Labels.Should().Equal(first.Labels);
        foreach (var text in new[] { "wo bleibt mei packl", "stop the promos", "hey there do you stock rain jackets" })
        {
            var message = analyzer.Analyze(text);
            second.Predict(message).Should().Equal(first.Predict(message));
        }
    }

    [Theory]
    [InlineData("servus, habt ihr an rucksack in grau", Intents.SearchProducts)]
    [InlineData("hi could u check order 10422", Intents.OrderStatus)]
    [InlineData("ich will keine angebote mehr", Intents.Unsubscribe)]
    [InlineData("bitte vom newsletter abmelden", Intents.Unsubscribe)]
    [InlineData("ja schickt mir eure rabatte", Intents.Subscribe)]
    [InlineData("was liegt grad im korb", Intents.ViewCart)]
    [InlineData("passt, dann zahl ich jetzt", Intents.Checkout)]
    public void Recognize_WhenAGreetingOrChatStyleSurroundsTheRequest_FindsTheRequest(string text, string expected) =>
        Catalogs.DemoRecognizer.Recognize(text).Intent.Should().Be(expected);
}
