namespace Commerce.Application.Messaging;

/// <summary>Stores an inbound message durably; webhooks answer only after this completes.</summary>
public interface IInboxWriter
{
    /// <summary>True when stored now; false when the same (channel, platform message id) was stored before.</summary>
    Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken);
}
