using System.Globalization;
using System.Text.Json;
using Commerce.Application.Catalog.Import;
using Commerce.Application.Understanding;
using Commerce.Application.Understanding.Learned;

namespace Commerce.Api.Startup;

/// <summary>
/// <c>dotnet run --project src/Commerce.Api -- nlu-eval FILE [--rules | --model-weight W] [--catalog CATALOG.json | --no-catalog]</c>:
/// accuracy, macro-F1, per-intent F1, confusions and latency of the intent recogniser on a labelled TSV (lang, text,
/// intent, query, quantity, orderNumber). No database needed: the goods words come from a catalog file in the import
/// format, the demo shop's (demo/demo-catalog.json) unless <c>--catalog</c> names another. <c>--rules</c> scores the cue
/// rules alone, for comparison.
/// </summary>
internal static class NluEvalCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "nlu-eval")
            return false;
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: Commerce.Api nlu-eval FILE.tsv [--rules | --model-weight W] [--fallback-below C] [--catalog CATALOG.json | --no-catalog]");
            exitCode = 2;
            return true;
        }

        var rules = new RuleBasedIntentRecognizer(Catalog(args));
        IIntentRecognizer recognizer = args.Contains("--rules")
            ? rules
            : new HybridIntentRecognizer(rules, IntentModel.Shared, Options(args));
        var below = Array.IndexOf(args, "--fallback-below");
        var report = NluEvaluator.Evaluate(NluDataset.Load(args[1]), recognizer,
            below > 0 && below + 1 < args.Length ? double.Parse(args[below + 1], CultureInfo.InvariantCulture) : Understanding.FallbackBelow);
        Console.WriteLine(NluEvaluator.Format(report));
        return true;
    }

    private static CatalogVocabulary Catalog(string[] args)
    {
        if (args.Contains("--no-catalog"))
            return CatalogVocabulary.Empty;
        var at = Array.IndexOf(args, "--catalog");
        var path = at > 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine(DemoCatalogSeeder.DemoDirectory, "demo-catalog.json");
        using var file = File.OpenRead(path);
        var catalog = JsonSerializer.Deserialize<ImportCatalog>(file, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{path} is empty.");
        return catalog.ToVocabulary(Guid.NewGuid());
    }

    private static HybridOptions Options(string[] args)
    {
        var options = HybridOptions.Default;
        var at = Array.IndexOf(args, "--model-weight");
        if (at > 0 && at + 1 < args.Length)
            options = options with { ModelWeight = double.Parse(args[at + 1], CultureInfo.InvariantCulture) };
        at = Array.IndexOf(args, "--rule-temperature");
        if (at > 0 && at + 1 < args.Length)
            options = options with { RuleTemperature = double.Parse(args[at + 1], CultureInfo.InvariantCulture) };
        return options;
    }
}
