namespace Commerce.Domain.Orders;

/// <summary>A line priced at checkout: a snapshot, so later catalog changes do not alter what was ordered.</summary>
public sealed class OrderLine
{
    internal OrderLine(Guid productId, Guid? variantId, string sku, string name, long unitPriceMinor, int quantity)
    {
        Id = Guid.CreateVersion7();
        ProductId = productId;
        VariantId = variantId;
        Sku = sku;
        Name = name;
        UnitPriceMinor = unitPriceMinor;
        Quantity = quantity;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private OrderLine()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public Guid? VariantId { get; private set; }

    public string Sku { get; private set; }

    public string Name { get; private set; }

    public long UnitPriceMinor { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>How many of <see cref="Quantity"/> came back after delivery.</summary>
    public int ReturnedQuantity { get; private set; }

    public int ReturnableQuantity => Quantity - ReturnedQuantity;

    public long LineTotalMinor => UnitPriceMinor * Quantity;

    internal void Return(int quantity) => ReturnedQuantity += quantity;
}

/// <summary>What the checkout knows about a line before the order exists.</summary>
public sealed record OrderLineDraft(Guid ProductId, Guid? VariantId, string Sku, string Name, long UnitPriceMinor, int Quantity);
