using System.Diagnostics;

namespace Commerce.Bench;

/// <summary>
/// Closed-loop load: each worker sends its next request as soon as the previous one is answered. Requests that
/// start during the warm-up are not recorded; the throughput counts requests completed in the measured window.
/// </summary>
internal static class ClosedLoop
{
    /// <summary>One operation of worker <c>worker</c>, sequence number <c>seq</c>; true when it succeeded.</summary>
    public delegate Task<bool> Operation(int worker, long seq, CancellationToken ct);

    public static async Task<Measurement> RunAsync(string kind, string tool, int concurrency, TimeSpan warmup, TimeSpan duration, Operation operation)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var recorders = new Latencies[concurrency];
        var errors = new long[concurrency];
        using var abort = new CancellationTokenSource(warmup + duration + TimeSpan.FromSeconds(30));

        async Task Worker(int worker)
        {
            var latencies = recorders[worker] = new Latencies();
            for (long seq = 0; ; seq++)
            {
                var t0 = Stopwatch.GetTimestamp();
                if (t0 >= end)
                    return;
                bool ok;
                try
                {
                    ok = await operation(worker, seq, abort.Token);
                }
                catch (Exception) when (!abort.IsCancellationRequested)
                {
                    ok = false;
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var t1 = Stopwatch.GetTimestamp();
                if (t0 < measureFrom || t1 > end)
                    continue;
                if (ok)
                    latencies.Add(t1 - t0);
                else
                    errors[worker]++;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => Worker(w))));
        var summary = Latencies.Merge(recorders.Where(r => r is not null));
        var errorCount = errors.Sum();
        return Measurement.From(kind, tool, "concurrency", concurrency, duration.TotalSeconds, summary, errorCount);
    }
}
