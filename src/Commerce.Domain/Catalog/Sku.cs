using System.Text.RegularExpressions;
using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>Stock keeping unit: upper-case letters, digits and dashes, 2–40 characters.</summary>
public sealed partial record Sku
{
    public const int MaxLength = 40;

    private Sku(string value) => Value = value;

    public string Value { get; }

    public static Result<Sku> Create(string? raw, string field = "sku")
    {
        var value = raw?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value) || !Pattern().IsMatch(value))
            return Error.Validation(field, "A SKU is 2–40 characters of A–Z, 0–9, '-', '_' or '.', starting with a letter or digit.");
        return new Sku(value);
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9._-]{1,39}$")]
    private static partial Regex Pattern();
}
