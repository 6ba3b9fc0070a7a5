using System.Threading.RateLimiting;
using Commerce.Channels;
using Commerce.Channels.Telegram;

namespace Commerce.Api.Tests.Channels;

/// <summary>The senders' token buckets, driven directly: a long pause must not leave a disposed bucket behind.</summary>
public sealed class SendRateLimiterTests
{
    private static TokenBucketRateLimiterOptions Bucket(int queueLimit = 10) => new()
    {
        TokenLimit = 2,
        TokensPerPeriod = 2,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = queueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    [Fact]
    public async Task PerKeyShared_AndTelegramLimiters_GiveTokensAgain_AfterBeingIdlePastThePartitionTimeout()
    {
        using var perKey = SendRateLimiter<string>.PerKey(Bucket());
        using var shared = SendRateLimiter<string>.Shared(Bucket());
        using var telegram = new TelegramRateLimiter();

        foreach (var limiter in new[] { perKey, shared })
        {
            using var lease = await limiter.AcquireAsync("shopper-1", CancellationToken.None);
            lease.IsAcquired.Should().BeTrue();
        }

        await telegram.WaitAsync(42, CancellationToken.None);

        await Task.Delay(SendAfterIdleTests.PastIdleTimeout);

        foreach (var limiter in new[] { perKey, shared })
        {
            using var again = await limiter.AcquireAsync("shopper-1", CancellationToken.None);
            again.IsAcquired.Should().BeTrue("an idle bucket is replaced or kept, never handed out disposed");
            using var other = await limiter.AcquireAsync("shopper-2", CancellationToken.None);
            other.IsAcquired.Should().BeTrue();
        }

        await telegram.Invoking(t => t.WaitAsync(42, CancellationToken.None)).Should().NotThrowAsync();
    }

    [Fact]
    public async Task PerKey_PacesEachKeyAlone_WhileSharedPacesAllKeysTogether()
    {
        using var perKey = SendRateLimiter<string>.PerKey(Bucket(queueLimit: 0));
        using var shared = SendRateLimiter<string>.Shared(Bucket(queueLimit: 0));

        async Task<bool> Acquired(SendRateLimiter<string> limiter, string key)
        {
            using var lease = await limiter.AcquireAsync(key, CancellationToken.None);
            return lease.IsAcquired;
        }

        (await Acquired(perKey, "a") && await Acquired(perKey, "a")).Should().BeTrue();
        (await Acquired(perKey, "a")).Should().BeFalse("a's burst of two is used up");
        (await Acquired(perKey, "b")).Should().BeTrue("b has its own bucket");

        (await Acquired(shared, "a") && await Acquired(shared, "b")).Should().BeTrue();
        (await Acquired(shared, "c")).Should().BeFalse("all keys share the sender's one bucket");
    }
}
