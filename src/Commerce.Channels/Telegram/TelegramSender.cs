using System.Globalization;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Telegram;

/// <summary>
/// Sends an outbox message as one or more Bot API calls. Telegram has no messaging window: a bot may write to
/// anyone who started it until they block it (403), so <see cref="DeliveryContext.LastInboundAt"/> does not matter.
/// </summary>
public sealed class TelegramSender(TelegramBotClient client, TelegramRenderer renderer, TelegramRateLimiter limiter, ILogger<TelegramSender> logger)
    : IChannelSender
{
    // A reply can take several calls (album, then its keyboard). When a later call fails transiently, the retry
    // resumes after the calls that went through — counted on the outbox row (SentParts, saved by the dispatcher after
    // every attempt, as for Meta and LINE), so the shopper does not see the album twice, also after a restart.
    public Channel Channel => Channel.Telegram;

    public async Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.RecipientId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
            return SendResult.NotDeliverable("Not a Telegram chat id.");

        var calls = renderer.Render(message.Reply, chatId);
        var start = Math.Clamp(message.SentParts, 0, calls.Count);
        long? lastMessageId = null;
        for (var i = start; i < calls.Count; i++)
        {
            await limiter.WaitAsync(chatId, cancellationToken);
            var result = await CallOrDegradeAsync(message.Id, chatId, calls[i], cancellationToken);
            if (result is { Ok: false })
                return Failed(message.Id, i, result);
            lastMessageId = result?.MessageId ?? lastMessageId;
            message.SentParts = i + 1;
        }

        logger.LogDebug("Outbox {OutboxId} sent to Telegram in {Calls} calls", message.Id, calls.Count);
        return SendResult.Sent(lastMessageId?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The call's result; a refused photo is replaced by its fallback, or skipped (null) when optional.</summary>
    private async Task<TelegramCallResult?> CallOrDegradeAsync(long outboxId, long chatId, TelegramCall call, CancellationToken cancellationToken)
    {
        var result = await client.CallAsync(call, cancellationToken);
        if (result.Ok || result.Transient || result.Blocked || (call.Fallback is null && !call.Optional))
            return result;
        logger.LogWarning("Outbox {OutboxId}: Telegram refused {Method} ({Error}); sending it as text", outboxId, call.Method, result.Error);
        if (call.Fallback is null)
            return null;
        await limiter.WaitAsync(chatId, cancellationToken);
        return await client.CallAsync(call.Fallback, cancellationToken);
    }

    private SendResult Failed(long outboxId, int callIndex, TelegramCallResult result)
    {
        var error = result.Error ?? "Telegram call failed";
        if (result.Transient)
            return SendResult.Transient(callIndex > 0 ? $"{error} (after {callIndex} calls)" : error, result.RetryAfter);

        return result.Blocked ? SendResult.NotDeliverable(error) : SendResult.Permanent(error);
    }
}
