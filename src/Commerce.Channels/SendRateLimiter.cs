using System.Threading.RateLimiting;

namespace Commerce.Channels;

/// <summary>
/// Token buckets that pace a sender: one per key (a recipient, a chat) or one for the whole sender.
/// <para>
/// Why this exists: <see cref="PartitionedRateLimiter"/> disposes a partition's limiter once it has been idle for
/// about ten seconds and asks the partition's factory for a new one on the next call. A factory that hands out one
/// captured limiter gets the disposed instance back, and every later send throws ObjectDisposedException. So per-key
/// buckets are always made by the factory, and the single bucket is not partitioned at all: it lives as long as the
/// sender.
/// </para>
/// </summary>
public sealed class SendRateLimiter<TKey> : IDisposable
    where TKey : notnull
{
    private readonly PartitionedRateLimiter<TKey>? _perKey;
    private readonly TokenBucketRateLimiter? _shared;

    private SendRateLimiter(PartitionedRateLimiter<TKey>? perKey, TokenBucketRateLimiter? shared) => (_perKey, _shared) = (perKey, shared);

    /// <summary>A bucket per key, made afresh whenever the previous one for that key was discarded as idle.</summary>
    public static SendRateLimiter<TKey> PerKey(TokenBucketRateLimiterOptions options) =>
        new(PartitionedRateLimiter.Create<TKey, TKey>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => options)), null);

    /// <summary>One bucket for every key, owned by this instance for its whole life.</summary>
    public static SendRateLimiter<TKey> Shared(TokenBucketRateLimiterOptions options) => new(null, new TokenBucketRateLimiter(options));

    /// <summary>Waits for a token (queued up to the bucket's queue limit); a lease that is not acquired means the queue is full.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(TKey key, CancellationToken cancellationToken) =>
        _perKey is not null ? _perKey.AcquireAsync(key, 1, cancellationToken) : _shared!.AcquireAsync(1, cancellationToken);

    public void Dispose()
    {
        _perKey?.Dispose();
        _shared?.Dispose();
    }
}
