using Commerce.Domain.Conversations;

namespace Commerce.Domain.Broadcasts;

public enum RecipientStatus
{
    /// <summary>Fixed when sending started; waits for its turn.</summary>
    Pending,

    /// <summary>Its message is in the outbox (the outbox row records what became of it).</summary>
    Queued,

    /// <summary>The channel's policy or the shopper's withdrawn consent kept it from being sent.</summary>
    Skipped,

    /// <summary>The broadcast was cancelled before its turn.</summary>
    Cancelled,
}

/// <summary>One conversation a broadcast goes to: one row per recipient, so nobody gets it twice.</summary>
public sealed class BroadcastRecipient
{
    private BroadcastRecipient()
    {
    }

    public long Id { get; private set; }

    public Guid BroadcastId { get; private set; }

    public Guid ConversationId { get; private set; }

    public Channel Channel { get; private set; }

    public RecipientStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public long? OutboxMessageId { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>The batch that took this recipient (the claim is committed together with its outcome).</summary>
    public Guid? ClaimId { get; private set; }

    public void Queue(long outboxMessageId, DateTimeOffset now)
    {
        Status = RecipientStatus.Queued;
        OutboxMessageId = outboxMessageId;
        ProcessedAt = now;
    }

    public void Skip(string reason, DateTimeOffset now)
    {
        Status = RecipientStatus.Skipped;
        Reason = reason;
        ProcessedAt = now;
    }
}
