using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>What distinguishes a variant, e.g. Größe/Size = 42.</summary>
public sealed record VariantOption(LocalizedText Name, string Value)
{
    // EF Core materialises the owned Name separately, so it needs a constructor without it.
    private VariantOption()
        : this(null!, null!)
    {
    }
}
