using Commerce.Application.Messaging;
using Commerce.Application.Orders;

namespace Commerce.Application.Privacy;

/// <summary>Everything stored about a shopper: their chats (linked ones too), messages, photos, cart, orders and consents.</summary>
public sealed record ShopperExport(
    Guid ConversationId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedConversation> Conversations,
    IReadOnlyList<ExportedCartLine> Cart,
    IReadOnlyList<OrderDto> Orders,
    IReadOnlyList<ExportedConsent> Consents);

/// <param name="PlatformId">The shopper's id on the platform (phone number id, chat id, web session); null once erased.</param>
public sealed record ExportedConversation(
    Guid Id,
    string Channel,
    string? PlatformId,
    string Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastInboundAt,
    bool HumanTakeover,
    DateTimeOffset? ErasedAt,
    IReadOnlyList<ExportedMessage> Messages,
    IReadOnlyList<ExportedPhoto> Photos);

/// <param name="Direction">"in" (from the shopper) or "out" (to the shopper).</param>
public sealed record ExportedMessage(
    string Direction,
    DateTimeOffset At,
    string? Text,
    string? Payload,
    IReadOnlyList<string>? Attachments,
    IReadOnlyList<ReplyPart>? Parts,
    string? Status);

/// <param name="Link">Where the photo can be fetched: this service for stored bytes (merchant key), else the platform's link.</param>
public sealed record ExportedPhoto(long Id, string Type, string? Link, string? ContentType, string Status, DateTimeOffset ReceivedAt);

public sealed record ExportedCartLine(Guid ProductId, Guid? VariantId, int Quantity);

/// <param name="Kind">"offers": the shopper agreed to receive offers in that chat.</param>
public sealed record ExportedConsent(string Kind, Guid ConversationId, string Channel, DateTimeOffset GivenAt);
