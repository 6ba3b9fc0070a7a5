namespace Commerce.Application.Messaging;

/// <summary>Told after a message's "sent" state is committed, e.g. to wake a web chat long poll.</summary>
public interface IDeliveryObserver
{
    void Delivered(OutboxMessage message);
}
