namespace Commerce.Application.Payments;

/// <summary>A provider event already applied; its key makes redeliveries a no-op in the same transaction as the effect.</summary>
public sealed class ProcessedPaymentEvent(string provider, string eventId, string kind, Guid? orderId, DateTimeOffset processedAt)
{
    public string Provider { get; private set; } = provider;

    public string EventId { get; private set; } = eventId;

    public string Kind { get; private set; } = kind;

    public Guid? OrderId { get; private set; } = orderId;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;
}
