using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>Stock is a count of things on a shelf: never negative, and never near where a 32-bit count overflows.</summary>
public static class StockLimits
{
    public const int Max = 1_000_000_000;

    public static Error? Check(int stock, string field) => stock switch
    {
        < 0 => Error.Validation(field, "Stock cannot be negative."),
        > Max => Error.Validation(field, $"Stock is at most {Max:N0}."),
        _ => null,
    };
}
