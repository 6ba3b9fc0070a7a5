using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Application.Catalog.Import;

/// <summary>
/// Brings a stored product in line with a validated import candidate, touching only what differs,
/// so a repeated import reports "unchanged" and writes nothing.
/// </summary>
internal sealed class ProductSync
{
    public const string Reason = "catalog import";

    private readonly Dictionary<Sku, Product> _bySku;
    private readonly Dictionary<Sku, Guid> _variantOwners;
    private readonly DateTimeOffset _now;

    public ProductSync(IReadOnlyList<Product> existing, DateTimeOffset now)
    {
        _bySku = existing.ToDictionary(p => p.Sku);
        _variantOwners = existing.SelectMany(p => p.Variants).ToDictionary(v => v.Sku, v => v.ProductId);
        _now = now;
    }

    public enum Outcome { Created, Updated, Unchanged, Failed }

    public List<StockMovement> Movements { get; } = [];

    public Error? LastError { get; private set; }

    /// <summary>SKUs are unique across products and variants: a candidate may not take one another product owns.</summary>
    public Error? FirstConflict(Product candidate)
    {
        var ownId = _bySku.TryGetValue(candidate.Sku, out var own) ? own.Id : (Guid?)null;
        if (_variantOwners.ContainsKey(candidate.Sku))
            return Error.Conflict("duplicate_sku", $"SKU '{candidate.Sku}' is already used by a variant of another product.", "sku");
        for (var j = 0; j < candidate.Variants.Count; j++)
        {
            var sku = candidate.Variants[j].Sku;
            if (_bySku.ContainsKey(sku) || (_variantOwners.TryGetValue(sku, out var owner) && owner != ownId))
                return Error.Conflict("duplicate_sku", $"SKU '{sku}' is already used by another product.", $"variants[{j}].sku");
        }

        return null;
    }

    /// <param name="synonymsGiven">False when the import entry left synonyms out: the merchant's own stay as they are.</param>
    public Outcome Apply(Product candidate, bool synonymsGiven)
    {
        if (!_bySku.TryGetValue(candidate.Sku, out var product))
            return Outcome.Created;

        var changed = false;
        if (product.CategoryId != candidate.CategoryId || product.Name != candidate.Name || product.Description != candidate.Description
            || product.Price != candidate.Price || product.ImagePath != candidate.ImagePath)
        {
            product.Update(candidate.CategoryId, candidate.Name, candidate.Description, candidate.Price, candidate.ImagePath);
            changed = true;
        }
        if (synonymsGiven && product.Synonyms != candidate.Synonyms)
        {
            product.SetSynonyms(Product.SynonymList(candidate.Synonyms));
            changed = true;
        }

        if (!candidate.HasVariants)
        {
            if (product.HasVariants)
                return Fail(Error.Validation("variants", "This product has variants in the shop: list them with their stock."));
            return SetStock(product, null, product.Stock, candidate.Stock) || changed ? Outcome.Updated : Outcome.Unchanged;
        }

        foreach (var wanted in candidate.Variants)
        {
            var variant = product.Variants.FirstOrDefault(v => v.Sku == wanted.Sku);
            if (variant is null)
            {
                // Variants missing from the file are kept: orders may refer to them.
                product.AddVariant(wanted.Sku, wanted.Option, wanted.Stock);
                changed = true;
                continue;
            }

            if (variant.Option != wanted.Option)
            {
                product.UpdateVariant(variant.Id, wanted.Option);
                changed = true;
            }

            changed |= SetStock(product, variant.Id, variant.Stock, wanted.Stock);
        }

        return changed ? Outcome.Updated : Outcome.Unchanged;
    }

    private bool SetStock(Product product, Guid? variantId, int current, int wanted)
    {
        if (current == wanted)
            return false;
        product.SetStock(variantId, wanted);
        Movements.Add(new StockMovement(product.Id, variantId, wanted - current, wanted, Reason, _now));
        return true;
    }

    private Outcome Fail(Error error)
    {
        LastError = error;
        return Outcome.Failed;
    }
}
