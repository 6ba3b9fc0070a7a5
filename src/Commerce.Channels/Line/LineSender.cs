using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Channels.Line;

/// <summary>
/// Sends an outbox message as LINE requests of at most five message objects. The first request answers through the
/// reply token of the shopper's message while it is fresh (free, once only); everything else is pushed with an
/// <c>X-Line-Retry-Key</c> derived from the outbox row, so a retried push is executed once (LINE answers 409). LINE has
/// no messaging window; a shopper who unfollowed is not written to at all (see the dispatcher's delivery context).
/// </summary>
public sealed class LineSender(
    LineMessagingClient client, LineRenderer renderer, IOptions<LineOptions> options, TimeProvider clock, ILogger<LineSender> logger)
    : IChannelSender, IDisposable
{
    private readonly SendRateLimiter<string> _limiter = SendRateLimiter<string>.Shared(new TokenBucketRateLimiterOptions
    {
        TokenLimit = LineCapabilities.RequestsPerSecond,
        TokensPerPeriod = LineCapabilities.RequestsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public Channel Channel => Channel.Line;

    public async Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
            return SendResult.NotDeliverable("The Line channel is not configured.");
        if (!IsUserId(message.RecipientId))
            return SendResult.NotDeliverable("Not a LINE user id.");

        var messages = renderer.Render(message.Reply);
        var start = message.SentParts;
        while (start < messages.Count)
        {
            var chunk = messages.Skip(start).Take(LineCapabilities.MaxMessagesPerRequest).ToList();
            using (var lease = await _limiter.AcquireAsync(message.RecipientId, cancellationToken))
            {
                if (!lease.IsAcquired)
                    return SendResult.Transient("LINE send queue is full.", TimeSpan.FromSeconds(1));
            }

            var result = await SendChunkAsync(message, start, chunk, cancellationToken);
            if (!result.Ok)
                return Failed(message.Id, start, result);
            message.PlatformMessageId = result.MessageId ?? message.PlatformMessageId;
            start += chunk.Count;
            message.SentParts = start;
        }

        logger.LogDebug("Outbox {OutboxId} sent to LINE: {Messages} messages", message.Id, messages.Count);
        return SendResult.Sent(message.PlatformMessageId);
    }

    /// <summary>
    /// One request: reply while the token is fresh, else push. A spent or stale token is forgotten (the dispatcher saves
    /// the row), so it is never tried twice. A refused flex message is sent again as its text fallback.
    /// </summary>
    private async Task<LineCallResult> SendChunkAsync(OutboxMessage message, int start, List<LineMessage> chunk, CancellationToken cancellationToken)
    {
        var bodies = chunk.Select(m => m.Body).ToList();
        var result = await ReplyOrPushAsync(message, start, bodies, "", cancellationToken);
        if (result is { Ok: false, Transient: false, Unreachable: false, Status: 400 } && chunk.Any(m => m.Fallback is not null))
        {
            logger.LogWarning("Outbox {OutboxId}: LINE refused a message ({Error}); sending its text form", message.Id, result.Error);
            result = await ReplyOrPushAsync(message, start, chunk.Select(m => m.Fallback ?? m.Body).ToList(), "fallback", cancellationToken);
        }

        return result;
    }

    private async Task<LineCallResult> ReplyOrPushAsync(OutboxMessage message, int start, List<JsonObject> bodies, string variant, CancellationToken cancellationToken)
    {
        if (message.ReplyToken is { } token)
        {
            if (clock.GetUtcNow() - message.ReplyTokenReceivedAt <= LineCapabilities.ReplyTokenLifetime)
            {
                var replied = await client.ReplyAsync(token, bodies, cancellationToken);
                if (replied.Ok)
                {
                    message.ForgetReplyToken();
                    return replied;
                }

                // A refused body leaves the token unspent (the fallback may still use it); a stale or used one is pushed.
                if (!replied.InvalidReplyToken)
                    return replied;
                logger.LogDebug("Outbox {OutboxId}: reply token refused; pushing instead", message.Id);
            }

            message.ForgetReplyToken();
        }

        return await client.PushAsync(message.RecipientId, bodies, RetryKey(message, start, variant), cancellationToken);
    }

    private static SendResult Failed(long outboxId, int sent, LineCallResult result)
    {
        var error = result.Error ?? "LINE call failed";
        if (result.Transient)
            return SendResult.Transient(sent > 0 ? $"{error} (after {sent} messages)" : error, result.RetryAfter);
        return result.Unreachable ? SendResult.NotDeliverable(error) : SendResult.Permanent(error);
    }

    /// <summary>
    /// The same push of the same outbox row always gets the same key, so LINE executes it once however often it is
    /// retried; the conversation id makes keys differ between databases whose row ids overlap. Formatted as a UUID,
    /// as LINE asks (https://developers.line.biz/en/docs/messaging-api/retrying-api-request/).
    /// </summary>
    public static Guid RetryKey(OutboxMessage message, int start, string variant)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"line-push\u001f{message.ConversationId:N}\u001f{message.Id}\u001f{start}\u001f{variant}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: a name-based UUID of our own making (RFC 9562)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>LINE user ids are "U" and 32 hex digits; anything else cannot be a push target.</summary>
    private static bool IsUserId(string id) => id.Length is > 1 and <= 64 && id.All(char.IsAsciiLetterOrDigit);

    public void Dispose() => _limiter.Dispose();
}
