using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Commerce.Application.Understanding;

/// <summary>Measures an <see cref="IIntentRecognizer"/> against labelled examples.</summary>
public static class NluEvaluator
{
    public static NluReport Evaluate(IReadOnlyList<NluExample> examples, IIntentRecognizer recognizer, double fallbackBelow = Understanding.FallbackBelow)
    {
        var millis = new List<double>(examples.Count);
        var results = examples.Select(e =>
        {
            var start = Stopwatch.GetTimestamp();
            var got = recognizer.Recognize(e.Text, null);
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return (Example: e, Got: got);
        }).ToList();
        var total = Math.Max(1, results.Count);
        millis.Sort();
        var wrong = results.Where(r => r.Example.Intent != r.Got.Intent).ToList();
        var right = results.Where(r => r.Example.Intent == r.Got.Intent).ToList();
        var fallback = new FallbackRates(
            fallbackBelow,
            Rate(wrong.Count(r => r.Got.Confidence < fallbackBelow), wrong.Count),
            Rate(right.Count(r => r.Got.Confidence < fallbackBelow), right.Count));

        var labels = results.Select(r => r.Example.Intent).Concat(results.Select(r => r.Got.Intent)).Distinct().Order().ToList();
        var perIntent = labels.Select(label =>
        {
            var tp = results.Count(r => r.Example.Intent == label && r.Got.Intent == label);
            var predicted = results.Count(r => r.Got.Intent == label);
            var actual = results.Count(r => r.Example.Intent == label);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = actual == 0 ? 0 : (double)tp / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new IntentMetrics(label, actual, precision, recall, f1);
        }).ToList();

        var confusions = results.Where(r => r.Example.Intent != r.Got.Intent)
            .GroupBy(r => (r.Example.Intent, r.Got.Intent))
            .Select(g => new Confusion(g.Key.Item1, g.Key.Item2, g.Count(), g.Select(r => r.Example.Text).Take(5).ToList()))
            .OrderByDescending(c => c.Count).ToList();

        var withQuery = results.Where(r => r.Example.Query is not null).ToList();
        var queryMismatches = withQuery.Where(r => !SameText(r.Example.Query, r.Got.Entities.Query))
            .Select(r => $"{r.Example.Text}  =>  '{r.Got.Entities.Query}' (expected '{r.Example.Query}')").ToList();
        var withQuantity = results.Where(r => r.Example.Intent == Intents.AddToCart).ToList();
        var withOrder = results.Where(r => r.Example.OrderNumber is not null).ToList();
        var withTopic = results.Where(r => r.Example.Topic is not null).ToList();

        return new NluReport(
            results.Count,
            (double)results.Count(r => r.Example.Intent == r.Got.Intent) / total,
            perIntent.Where(m => m.Support > 0).Select(m => m.F1).DefaultIfEmpty(0).Average(),
            (double)results.Count(r => r.Example.Language == r.Got.Language) / total,
            Rate(withQuery.Count - queryMismatches.Count, withQuery.Count),
            Rate(withQuantity.Count(r => r.Example.Quantity == r.Got.Entities.Quantity), withQuantity.Count),
            Rate(withOrder.Count(r => r.Example.OrderNumber == r.Got.Entities.OrderNumber), withOrder.Count),
            perIntent,
            confusions,
            queryMismatches,
            withQuantity.Where(r => r.Example.Quantity != r.Got.Entities.Quantity)
                .Select(r => $"{r.Example.Text}  =>  quantity {r.Got.Entities.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "-"} (expected {r.Example.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "-"})")
                .Concat(withOrder.Where(r => r.Example.OrderNumber != r.Got.Entities.OrderNumber)
                    .Select(r => $"{r.Example.Text}  =>  order {r.Got.Entities.OrderNumber ?? "-"} (expected {r.Example.OrderNumber})"))
                .Concat(withTopic.Where(r => r.Example.Topic != r.Got.Entities.Topic)
                    .Select(r => $"{r.Example.Text}  =>  topic {r.Got.Entities.Topic ?? "-"} (expected {r.Example.Topic})"))
                .ToList(),
            millis.Count == 0 ? 0 : millis.Average(),
            millis.Count == 0 ? 0 : millis[(int)Math.Ceiling(0.95 * millis.Count) - 1],
            fallback,
            Rate(withTopic.Count(r => r.Example.Topic == r.Got.Entities.Topic), withTopic.Count));
    }

    public static string Format(NluReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"examples: {report.Total}   accuracy: {report.Accuracy:P1}   macro-F1: {report.MacroF1:F3}   language: {report.LanguageAccuracy:P1}");
        sb.AppendLine(inv, $"query exact: {report.QueryExactMatch:P1}   quantity exact: {report.QuantityExactMatch:P1}   order number exact: {report.OrderNumberExactMatch:P1}   topic exact: {report.TopicExactMatch:P1}   {report.MillisecondsPerCall:F4} ms/call (p95 {report.P95Milliseconds:F3} ms)");
        sb.AppendLine(inv, $"fallback (confidence < {report.Fallback.Threshold:F2}): on {report.Fallback.OnMistakes:P0} of mistakes, {report.Fallback.OnSuccesses:P0} of successes");
        sb.AppendLine();
        sb.AppendLine(inv, $"{"intent",-18} {"n",4} {"prec",6} {"recall",6} {"F1",6}");
        foreach (var m in report.PerIntent)
        {
            sb.AppendLine(inv, $"{m.Intent,-18} {m.Support,4} {m.Precision,6:F2} {m.Recall,6:F2} {m.F1,6:F2}");
        }
        if (report.Confusions.Count > 0)
        {
            sb.AppendLine().AppendLine("confusions (expected -> predicted):");
            foreach (var c in report.Confusions)
            {
                sb.AppendLine(inv, $"  {c.Expected} -> {c.Predicted} x{c.Count}: {string.Join(" | ", c.Examples)}");
            }
        }
        if (report.EntityMismatches.Count > 0)
        {
            sb.AppendLine().AppendLine("quantity / order number / topic mismatches:");
            foreach (var line in report.EntityMismatches)
            {
                sb.AppendLine("  " + line);
            }
        }
        if (report.QueryMismatches.Count > 0)
        {
            sb.AppendLine().AppendLine("query mismatches:");
            foreach (var line in report.QueryMismatches)
            {
                sb.AppendLine("  " + line);
            }
        }
        return sb.ToString();
    }

    private static bool SameText(string? expected, string? actual) =>
        string.Equals(expected?.Trim(), actual?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static double Rate(int hits, int count) => count == 0 ? 1 : (double)hits / count;
}
