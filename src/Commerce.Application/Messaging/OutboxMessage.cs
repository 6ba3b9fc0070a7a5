using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Undeliverable,
}

/// <summary>A reply waiting to leave the process; written in the same transaction as the turn that caused it.</summary>
public sealed class OutboxMessage
{
    public const string ResponseKind = "response";

    /// <summary>News the shop starts: an order's status changed, a return came back, a payment link is ready.</summary>
    public const string UpdateKind = "update";

    /// <summary>The note that a shopper's data is erased: once settled, its recipient is forgotten too.</summary>
    public const string ErasureKind = "erasure";

    /// <summary>An offer from a broadcast: only to shoppers who opted in, and each channel's marketing rules apply.</summary>
    public const string BroadcastKind = "broadcast";

    public OutboxMessage(Guid conversationId, Channel channel, string recipientId, OutboundReply reply, DateTimeOffset now, string kind = ResponseKind)
    {
        ConversationId = conversationId;
        Channel = channel;
        RecipientId = recipientId;
        Reply = reply;
        Kind = kind;
        CreatedAt = now;
        NextAttemptAt = now;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private OutboxMessage()
    {
    }
#pragma warning restore CS8618

    public long Id { get; private set; }

    public Guid ConversationId { get; private set; }

    public Channel Channel { get; private set; }

    public string RecipientId { get; private set; }

    /// <summary>Written by a person of the shop's team (the console and the merchant API's reply), not by the bot.</summary>
    public const string PersonKind = "person";

    /// <summary>No message: pass the thread to the platform's own inbox, where the team may answer too.</summary>
    public const string HandoverKind = "handover";

    /// <summary>No message: take the thread back from the platform's inbox, the bot answers again.</summary>
    public const string TakeBackKind = "takeback";

    /// <summary>"response" for answers to a shopper's message; "update" for order updates the shop starts; "person" for a team member's message.</summary>
    public string Kind { get; private set; }

    public OutboundReply Reply { get; private set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? PlatformMessageId { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// How many of the reply's platform messages went out. A reply can take several API calls; a retry after a
    /// failure in the middle resumes here instead of sending the first ones twice.
    /// </summary>
    public int SentParts { get; set; }

    /// <summary>The platform's latest report on the sent message (WhatsApp statuses: sent, delivered, read, failed).</summary>
    public string? DeliveryStatus { get; set; }

    public DateTimeOffset? DeliveryStatusAt { get; set; }

    /// <summary>
    /// The reply token of the message this answers (LINE), while unused: the sender answers through it when it is
    /// still fresh and clears it once spent, so it is never used twice.
    /// </summary>
    public string? ReplyToken { get; private set; }

    /// <summary>When the webhook carrying <see cref="ReplyToken"/> arrived; its freshness counts from here.</summary>
    public DateTimeOffset? ReplyTokenReceivedAt { get; private set; }

    public void AnswerThrough(PlatformReplyToken? token) => (ReplyToken, ReplyTokenReceivedAt) = (token?.Value, token?.ReceivedAt);

    /// <summary>Spent or stale: later attempts do not try it again.</summary>
    public void ForgetReplyToken() => (ReplyToken, ReplyTokenReceivedAt) = (null, null);

    /// <summary>Drops the platform id of a settled erasure note (the web chat's, read by its session, stays until pruned).</summary>
    public void ForgetRecipient() => RecipientId = "erased";

    public void MarkSent(string? platformMessageId, DateTimeOffset at)
    {
        Status = OutboxStatus.Sent;
        SentAt = at;
        PlatformMessageId = platformMessageId;
    }
}
