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
    string? LanguageHint = null);

public sealed record InboundAttachment(string Type, string? Url, string? MediaId);

/// <summary>A line of a cart sent from a platform's own catalog (WhatsApp order): our SKU and a quantity.</summary>
public sealed record NativeOrderLine(string Sku, int Quantity);
