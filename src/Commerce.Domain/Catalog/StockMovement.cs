namespace Commerce.Domain.Catalog;

/// <summary>An audit record of one stock change and why it happened.</summary>
public sealed class StockMovement
{
    public StockMovement(Guid productId, Guid? variantId, int delta, int resultingStock, string reason, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ProductId = productId;
        VariantId = variantId;
        Delta = delta;
        ResultingStock = resultingStock;
        Reason = reason;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public Guid? VariantId { get; private set; }

    public int Delta { get; private set; }

    public int ResultingStock { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}
