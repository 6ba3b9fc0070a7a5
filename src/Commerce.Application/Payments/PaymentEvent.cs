namespace Commerce.Application.Payments;

/// <summary>What a payment provider reports, in the provider-neutral terms the order flow understands.</summary>
public enum PaymentEventKind
{
    /// <summary>Paid (card) — the order can be confirmed.</summary>
    Succeeded,

    /// <summary>The checkout finished but an asynchronous method (e.g. SEPA debit) is still pending.</summary>
    Pending,

    Failed,

    /// <summary>The session expired unpaid: release the reserved stock.</summary>
    Expired,

    Refunded,

    Ignored,
}

/// <summary>
/// A provider event after its signature was verified. <see cref="EventId"/> de-duplicates redeliveries;
/// <see cref="OrderId"/> comes from the session's client reference.
/// </summary>
public sealed record PaymentEvent(
    string Provider,
    string EventId,
    PaymentEventKind Kind,
    Guid? OrderId,
    string? SessionId,
    string? PaymentReference,
    long? AmountMinor,
    DateTimeOffset OccurredAt,
    PaymentAddress? ShippingAddress = null);

public sealed record PaymentAddress(string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country);
