using System.Text.Json.Serialization;

namespace Commerce.Application.Messaging;

/// <summary>A channel-neutral answer; each adapter renders its parts within its platform's limits.</summary>
public sealed record OutboundReply(IReadOnlyList<ReplyPart> Parts)
{
    public static readonly OutboundReply Empty = new([]);

    public static OutboundReply Of(params ReplyPart[] parts) => new(parts);

    public bool IsEmpty => Parts.Count == 0;
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextPart), "text")]
[JsonDerivedType(typeof(CarouselPart), "carousel")]
[JsonDerivedType(typeof(QuickRepliesPart), "quickReplies")]
[JsonDerivedType(typeof(LinkPart), "link")]
[JsonDerivedType(typeof(CartPart), "cart")]
[JsonDerivedType(typeof(ReceiptPart), "receipt")]
public abstract record ReplyPart;

public sealed record TextPart(string Text) : ReplyPart;

/// <summary>Product cards: image, title, subtitle, price and up to three actions each.</summary>
public sealed record CarouselPart(IReadOnlyList<ProductCard> Cards) : ReplyPart;

/// <summary>A product as a card. <see cref="Sku"/> lets platforms with their own catalog (WhatsApp) show the native product.</summary>
public sealed record ProductCard(Guid ProductId, string Title, string? Subtitle, string Price, string? ImageUrl, IReadOnlyList<ReplyAction> Actions, string? Sku = null);

/// <summary>A button: either posts a payload back, or opens a URL.</summary>
public sealed record ReplyAction(string Title, string? Payload = null, string? Url = null);

public sealed record QuickRepliesPart(string Text, IReadOnlyList<QuickReply> Options) : ReplyPart;

public sealed record QuickReply(string Title, string Payload);

/// <summary>A single link button, e.g. the payment link.</summary>
public sealed record LinkPart(string Text, string Title, string Url) : ReplyPart
{
    /// <summary>The order a payment link pays, so a page can retire the link once that order is paid.</summary>
    public long? OrderNumber { get; init; }
}

/// <summary>The cart as lines and a total, for channels that can show it as a table; others fall back to text.</summary>
public sealed record CartPart(IReadOnlyList<CartPartLine> Lines, string Total, string Text) : ReplyPart;

public sealed record CartPartLine(string Title, int Quantity, string LineTotal, string? RemovePayload);

/// <summary>An order receipt; <see cref="Text"/> is the plain-text form for channels without a receipt template.</summary>
public sealed record ReceiptPart(long OrderNumber, IReadOnlyList<ReceiptLine> Lines, string Total, string Text) : ReplyPart;

public sealed record ReceiptLine(string Title, int Quantity, string LineTotal);
