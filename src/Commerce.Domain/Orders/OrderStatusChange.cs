namespace Commerce.Domain.Orders;

/// <summary>One step in an order's history: when, from what, to what, and why.</summary>
public sealed class OrderStatusChange
{
    internal OrderStatusChange(OrderStatus? from, OrderStatus to, DateTimeOffset at, string cause)
    {
        Id = Guid.CreateVersion7();
        From = from;
        To = to;
        At = at;
        Cause = cause;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private OrderStatusChange()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    public OrderStatus? From { get; private set; }

    public OrderStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Cause { get; private set; }
}
