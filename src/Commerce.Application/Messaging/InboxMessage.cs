using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

public enum InboxStatus
{
    Pending,
    Processing,
    Done,
    DeadLetter,
}

/// <summary>
/// A shopper's message as accepted from a webhook: stored once per (channel, platform message id) before the
/// webhook is answered, then processed in arrival order per conversation.
/// </summary>
public sealed class InboxMessage
{
#pragma warning disable CS8618 // EF Core materialisation
    private InboxMessage()
    {
    }
#pragma warning restore CS8618

    public long Id { get; private set; }

    public Channel Channel { get; private set; }

    public string PlatformMessageId { get; private set; }

    /// <summary>Channel + sender: messages with the same key are processed one at a time, in order.</summary>
    public string ConversationKey { get; private set; }

    public InboundMessage Message { get; private set; }

    public InboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? LastError { get; set; }

    public static string KeyOf(Channel channel, string senderId) => $"{channel}:{senderId}";

    /// <summary>
    /// Keeps the row (its turn is still running) but drops everything that points to the shopper: the sender, the
    /// platform's message id (web chat ids carry the session) and the message itself.
    /// </summary>
    public void Forget()
    {
        var pseudonym = $"{Domain.Conversations.Conversation.ErasedPrefix}{Guid.NewGuid():N}";
        ConversationKey = pseudonym;
        PlatformMessageId = pseudonym;
        Message = new InboundMessage(Channel, pseudonym, pseudonym, Message.Timestamp);
    }
}
