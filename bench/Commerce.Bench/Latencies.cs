using System.Diagnostics;

namespace Commerce.Bench;

/// <summary>
/// Every latency of a run kept as raw timestamps and sorted once at the end: exact percentiles (the full
/// distribution HDR histograms approximate), cheap at the sample counts here (at most a few million).
/// </summary>
internal sealed class Latencies
{
    private readonly List<long> _ticks = new(1 << 16);

    public void Add(long ticks) => _ticks.Add(ticks);

    public int Count => _ticks.Count;

    public static Summary Merge(IEnumerable<Latencies> parts)
    {
        var all = parts.SelectMany(p => p._ticks).ToArray();
        Array.Sort(all);
        return new Summary(all);
    }

    public sealed class Summary(long[] sorted)
    {
        public int Count => sorted.Length;

        /// <summary>Nearest-rank percentile in milliseconds (0 when empty).</summary>
        public double Percentile(double p)
        {
            if (sorted.Length == 0)
                return 0;
            var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
            return ToMs(sorted[Math.Clamp(rank, 0, sorted.Length - 1)]);
        }

        public double Max => sorted.Length == 0 ? 0 : ToMs(sorted[^1]);

        private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
    }
}
