namespace Commerce.Domain.Common;

/// <summary>Base for aggregate roots that raise domain events, dispatched before the transaction commits.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    public void ClearDomainEvents() => _events.Clear();
}

/// <summary>Something that happened in the domain that other parts react to in the same transaction.</summary>
public interface IDomainEvent;
