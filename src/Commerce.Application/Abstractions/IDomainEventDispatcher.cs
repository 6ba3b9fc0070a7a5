using Commerce.Domain.Common;

namespace Commerce.Application.Abstractions;

/// <summary>Runs the handlers of domain events inside the transaction that raised them, before it saves.</summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}
