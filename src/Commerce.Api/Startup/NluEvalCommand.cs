using Commerce.Application.Understanding;

namespace Commerce.Api.Startup;

/// <summary>
/// <c>dotnet run --project src/Commerce.Api -- nlu-eval FILE</c>: accuracy, macro-F1 and confusions of the intent
/// recogniser on a labelled TSV (lang, text, intent, query, quantity, orderNumber). No database needed.
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
            Console.Error.WriteLine("usage: Commerce.Api nlu-eval FILE.tsv");
            exitCode = 2;
            return true;
        }

        var report = NluEvaluator.Evaluate(NluDataset.Load(args[1]), new RuleBasedIntentRecognizer());
        Console.WriteLine(NluEvaluator.Format(report));
        return true;
    }
}
