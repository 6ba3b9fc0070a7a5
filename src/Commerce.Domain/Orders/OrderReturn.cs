namespace Commerce.Domain.Orders;

/// <summary>
/// Goods a shopper sent back from a delivered order and the money that went back for them. <see cref="Sequence"/>
/// numbers an order's returns (1, 2, …) and keys the refund at the provider, so a retried return cannot refund twice;
/// <see cref="RequestKey"/> is the caller's own key, so a repeated request is answered with the first return.
/// </summary>
public sealed class OrderReturn
{
    internal OrderReturn(int sequence, string? requestKey, long amountMinor, string? refundId, bool restocked, string items, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        RequestKey = requestKey;
        AmountMinor = amountMinor;
        RefundId = refundId;
        Restocked = restocked;
        Items = items;
        At = at;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private OrderReturn()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    public int Sequence { get; private set; }

    public string? RequestKey { get; private set; }

    /// <summary>What went back to the shopper, in minor units of the order's currency.</summary>
    public long AmountMinor { get; private set; }

    /// <summary>The provider's refund id.</summary>
    public string? RefundId { get; private set; }

    public bool Restocked { get; private set; }

    /// <summary>What came back, as the order's history and the console show it, e.g. "1 × Socken 3er-Pack (SOCK-3P)".</summary>
    public string Items { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>A line of an order to return, and how many of it.</summary>
public sealed record ReturnLine(Guid LineId, int Quantity);

/// <summary>One line of a return as it happened: what to put back on the shelf and what it was worth.</summary>
public sealed record ReturnedItem(Guid LineId, Guid ProductId, Guid? VariantId, string Sku, string Name, int Quantity, long AmountMinor);
