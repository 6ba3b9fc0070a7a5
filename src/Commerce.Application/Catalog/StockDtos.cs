namespace Commerce.Application.Catalog;

/// <summary>The stock of a product (no variant) or of one of its variants after a change.</summary>
public sealed record StockLevelDto(Guid ProductId, Guid? VariantId, int Stock, int Delta);

public static class StockReason
{
    public const int MaxLength = 200;
}
