namespace Commerce.Channels;

/// <summary>
/// How every channel's client reads a failed platform call, the same way: which HTTP statuses are worth another try
/// and how long the platform asked us to wait (Retry-After as seconds or as a date; a rate limit without one waits a
/// second). What a platform's own error codes mean stays with its client.
/// </summary>
public static class PlatformFailure
{
    /// <summary>The wait after a rate limit that named none.</summary>
    public static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(1);

    /// <summary>408 timeout, 429 rate limit and 5xx are the platform's passing trouble; other 4xx are our mistakes.</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or >= 500;

    /// <summary>The wait the response asks for: its Retry-After header, else the default for a rate limit, else none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeSpan? fromBody = null)
    {
        var header = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        var wait = fromBody ?? header;
        if (wait < TimeSpan.Zero)
            wait = TimeSpan.Zero;
        return wait ?? ((int)response.StatusCode == 429 ? DefaultRateLimitWait : null);
    }
}
