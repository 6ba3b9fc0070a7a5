using System.Threading.RateLimiting;
using static Commerce.Channels.Telegram.TelegramCapabilities;

namespace Commerce.Channels.Telegram;

/// <summary>
/// Keeps under Telegram's flood limits before Telegram has to answer 429: a token bucket per chat (1 message a
/// second with a short burst) and one for the whole bot (30 a second).
/// https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
/// </summary>
public sealed class TelegramRateLimiter : IDisposable
{
    private readonly SendRateLimiter<long> _perChat = SendRateLimiter<long>.PerKey(Bucket(BurstPerChat, MessagesPerSecondPerChat));

    private readonly SendRateLimiter<long> _overall = SendRateLimiter<long>.Shared(Bucket(MessagesPerSecondOverall, MessagesPerSecondOverall));

    /// <summary>Waits for a slot in the chat and overall; the chat first, so one busy chat cannot hold global slots.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await _perChat.AcquireAsync(chatId, cancellationToken);
        using var overallLease = await _overall.AcquireAsync(chatId, cancellationToken);
        if (!chatLease.IsAcquired || !overallLease.IsAcquired)
            throw new InvalidOperationException("Telegram send queue is full.");
    }

    public void Dispose()
    {
        _perChat.Dispose();
        _overall.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
