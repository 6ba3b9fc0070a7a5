using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Bench;

/// <summary>One row of results; written as a JSON line and as a table row.</summary>
internal sealed record Measurement(
    string Kind,
    string Tool,
    string LoadKind,
    double Load,
    double Seconds,
    long Requests,
    long Errors,
    double PerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    string? Note = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Measurement From(string kind, string tool, string loadKind, double load, double seconds, Latencies.Summary summary, long errors, string? note = null) =>
        new(kind, tool, loadKind, load, seconds, summary.Count, errors, Math.Round(summary.Count / seconds, 1),
            Round(summary.Percentile(50)), Round(summary.Percentile(95)), Round(summary.Percentile(99)), Round(summary.Max), note);

    private static double Round(double ms) => Math.Round(ms, 3);

    public static string Header =>
        $"{"kind",-18} {"tool",-8} {"load",16} {"ops/s",10} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"errors",7}";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind,-18} {Tool,-8} {LoadKind + "=" + Load,16} {PerSecond,10:F0} {P50Ms,9:F2} {P95Ms,9:F2} {P99Ms,9:F2} {MaxMs,9:F2} {Errors,7}");

    /// <summary>Prints the row and appends it as a JSON line to <paramref name="jsonPath"/> when given.</summary>
    public void Emit(string? jsonPath)
    {
        Console.WriteLine(Row());
        if (jsonPath is not null)
            File.AppendAllText(jsonPath, JsonSerializer.Serialize(this, Json) + "\n");
    }
}
