using Commerce.Domain.Common;
using MediatR;

namespace Commerce.Application.Abstractions;

/// <summary>Carries a domain event through MediatR without the domain knowing MediatR.</summary>
public sealed record DomainEventNotification<TEvent>(TEvent Event) : INotification
    where TEvent : IDomainEvent;

internal sealed class MediatorDomainEventDispatcher(IServiceProvider services) : IDomainEventDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        // Resolved late: handlers depend on the DbContext that calls this dispatcher.
        var mediator = (IMediator)services.GetService(typeof(IMediator))!;
        foreach (var domainEvent in events)
        {
            var notification = (INotification)Activator.CreateInstance(typeof(DomainEventNotification<>).MakeGenericType(domainEvent.GetType()), domainEvent)!;
            await mediator.Publish(notification, cancellationToken);
        }
    }
}
