using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

public enum AttachmentStatus
{
    Pending,
    Stored,
    Failed,
}

/// <summary>
/// A file a shopper sent (mostly product photos), kept as a reference when the webhook arrives and fetched in the
/// background: platform media links expire (WhatsApp's within minutes), so the bytes are stored, up to a size cap.
/// </summary>
public sealed class ConversationAttachment
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public ConversationAttachment(Channel channel, string platformMessageId, int position, string conversationKey, InboundAttachment attachment, DateTimeOffset now)
    {
        Channel = channel;
        PlatformMessageId = platformMessageId;
        Position = position;
        ConversationKey = conversationKey;
        Type = attachment.Type;
        Url = attachment.Url;
        MediaId = attachment.MediaId;
        ReceivedAt = now;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private ConversationAttachment()
    {
    }
#pragma warning restore CS8618

    public long Id { get; private set; }

    public Channel Channel { get; private set; }

    public string PlatformMessageId { get; private set; }

    /// <summary>Index within the message: one message may carry several images.</summary>
    public int Position { get; private set; }

    /// <summary>Channel + sender, as in the inbox, so a conversation's attachments can be listed.</summary>
    public string ConversationKey { get; private set; }

    public string Type { get; private set; }

    public string? Url { get; private set; }

    public string? MediaId { get; private set; }

    public string? ContentType { get; set; }

    public byte[]? Content { get; set; }

    public AttachmentStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? FetchedAt { get; set; }

    public string? LastError { get; set; }
}
