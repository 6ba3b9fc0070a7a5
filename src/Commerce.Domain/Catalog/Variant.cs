using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>A purchasable option of a product (e.g. size 42) with its own SKU and stock.</summary>
public sealed class Variant
{
    private Variant(Guid id, Guid productId, Sku sku, VariantOption option, int stock)
    {
        Id = id;
        ProductId = productId;
        Sku = sku;
        Option = option;
        Stock = stock;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private Variant()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public Sku Sku { get; private set; }

    public VariantOption Option { get; private set; }

    public int Stock { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    internal static Result<Variant> Create(Guid productId, Sku sku, VariantOption option, int stock)
    {
        if (string.IsNullOrWhiteSpace(option.Value))
            return Error.Validation("option.value", "A variant needs an option value, e.g. a size.");
        if (StockLimits.Check(stock, "stock") is { } invalid)
            return invalid;
        return new Variant(Guid.CreateVersion7(), productId, sku, option with { Value = option.Value.Trim() }, stock);
    }

    internal void ChangeOption(VariantOption option) => Option = option with { Value = option.Value.Trim() };

    internal Result<int> SetStock(int quantity)
    {
        if (StockLimits.Check(quantity, "quantity") is { } invalid)
            return invalid;
        Stock = quantity;
        return quantity;
    }
}
