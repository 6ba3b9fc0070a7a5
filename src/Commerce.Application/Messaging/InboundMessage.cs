using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

/// <summary>
/// A shopper's turn, whatever the platform: exactly one of text, payload (postback or quick reply),
/// attachments or a native cart order is the point of it.
/// </summary>
public sealed record InboundMessage(
    Channel Channel,
    string PlatformMessageId,
    string SenderId,
    DateTimeOffset Timestamp,
    string? Text = null,
    string? Payload = null,
    IReadOnlyList<InboundAttachment>? Attachments = null,
    IReadOnlyList<NativeOrderLine>? NativeOrder = null,
    string? LanguageHint = null,
    PlatformReplyToken? ReplyToken = null)
{
    /// <summary>This message with every text made storable (see <see cref="StoredText"/>).</summary>
    public InboundMessage ForStorage() => this with
    {
        // The inbox keeps platform ids in 256 characters and conversation keys ("Channel:sender") in 160.
        PlatformMessageId = StoredText.Id(PlatformMessageId, 256),
        SenderId = StoredText.Id(SenderId, 128),
        Text = StoredText.CleanOrNull(Text),
        Payload = StoredText.CleanOrNull(Payload),
        Attachments = Attachments?.Select(a => new InboundAttachment(StoredText.Clean(a.Type), StoredText.CleanOrNull(a.Url), StoredText.CleanOrNull(a.MediaId))).ToList(),
        NativeOrder = NativeOrder?.Select(line => line with { Sku = StoredText.Clean(line.Sku) }).ToList(),
        LanguageHint = StoredText.CleanOrNull(LanguageHint),
        // A token that does not fit its column is of no use cut short; the reply then goes the ordinary way.
        ReplyToken = ReplyToken is { Value.Length: > 0 and <= PlatformReplyToken.MaxLength } token ? token with { Value = StoredText.Clean(token.Value) } : null,
    };
}

/// <param name="Type">"image", "file", or "sticker" (a platform sticker: <see cref="MediaId"/> names it, nothing to download).</param>
public sealed record InboundAttachment(string Type, string? Url, string? MediaId)
{
    public const string Sticker = "sticker";
}

/// <summary>A line of a cart sent from a platform's own catalog (WhatsApp order): our SKU and a quantity.</summary>
public sealed record NativeOrderLine(string Sku, int Quantity);

/// <summary>
/// A short-lived handle some platforms (LINE) issue with an inbound message: answering through it is free, but it
/// works once only and only for a little while after <see cref="ReceivedAt"/>.
/// </summary>
public sealed record PlatformReplyToken(string Value, DateTimeOffset ReceivedAt)
{
    public const int MaxLength = 256;
}
