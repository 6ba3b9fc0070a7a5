namespace Commerce.Channels;

/// <summary>Platform timestamps as sent: anything a date cannot hold (negative, absurdly far) is the time we received it.</summary>
public static class UnixTime
{
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly long MaxMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromSeconds(long seconds, DateTimeOffset fallback) =>
        seconds is > 0 && seconds <= MaxSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : fallback;

    public static DateTimeOffset FromMilliseconds(long milliseconds, DateTimeOffset fallback) =>
        milliseconds is > 0 && milliseconds <= MaxMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : fallback;
}
