using System.Collections.Concurrent;

namespace Commerce.Api.Http;

/// <summary>
/// Samples warnings about refused requests (bad webhook signatures): at most one per <see cref="Interval"/> and key,
/// carrying how many were refused since the previous warning. Under attack the log stays a few lines per minute
/// instead of one line per request.
/// </summary>
internal sealed class RefusalLog(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>Counts one refusal; true with the count since the last warning when a warning is due now.</summary>
    public bool ShouldWarn(string key, out long refused)
    {
        var counter = _counters.GetOrAdd(key, _ => new Counter());
        var now = clock.GetUtcNow();
        lock (counter)
        {
            counter.Refused++;
            if (counter.LastWarning is { } last && now - last < Interval)
            {
                refused = 0;
                return false;
            }

            refused = counter.Refused;
            counter.Refused = 0;
            counter.LastWarning = now;
            return true;
        }
    }

    private sealed class Counter
    {
        public long Refused;
        public DateTimeOffset? LastWarning;
    }
}
