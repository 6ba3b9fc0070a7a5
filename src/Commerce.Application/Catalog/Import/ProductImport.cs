using System.Globalization;
using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog.Import;

internal sealed record ProductPlan(List<Product> Created, int Updated, int Unchanged, List<StockMovement> Movements);

/// <summary>Validates every product entry and matches it by SKU against products loaded in one query.</summary>
internal sealed class ProductImport(ICommerceDbContext db, IReadOnlyDictionary<string, Category> categories, string? shopCurrency, DateTimeOffset now)
{
    public async Task<ProductPlan> PlanAsync(IReadOnlyList<ImportProduct> entries, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var fileSkus = entries
            .Where(e => e is not null)
            .SelectMany(e => (e.Variants ?? []).Select(v => v?.Sku).Prepend(e.Sku))
            .Select(s => Sku.Create(s))
            .Where(s => s.IsSuccess)
            .Select(s => s.Value)
            .Distinct()
            .ToList();
        var existing = await db.Products
            .Include(p => p.Variants)
            .Where(p => fileSkus.Contains(p.Sku) || p.Variants.Any(v => fileSkus.Contains(v.Sku)))
            .ToListAsync(cancellationToken);
        var sync = new ProductSync(existing, now);

        var claimed = new HashSet<Sku>();
        var created = new List<Product>();
        int updated = 0, unchanged = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var candidate = Build(entry);
            var error = candidate.Error ?? FirstDuplicate(candidate.Value, claimed) ?? sync.FirstConflict(candidate.Value);
            if (error is null)
            {
                switch (sync.Apply(candidate.Value, synonymsGiven: entry?.Synonyms is not null))
                {
                    case ProductSync.Outcome.Created: created.Add(candidate.Value); break;
                    case ProductSync.Outcome.Updated: updated++; break;
                    case ProductSync.Outcome.Unchanged: unchanged++; break;
                    case ProductSync.Outcome.Failed: error = sync.LastError; break;
                }
            }

            if (error is not null)
                errors.Add(new ImportError(i, entry?.Sku, error.Field ?? "", error.Message, $"products[{i}].{error.Field}"));
        }

        return new ProductPlan(created, updated, unchanged, sync.Movements);
    }

    private Result<Product> Build(ImportProduct? entry)
    {
        // JSON arrays may hold nulls whatever the element type says.
        if (entry is null)
            return Error.Validation("sku", "The entry is empty.");
        if (string.IsNullOrWhiteSpace(entry.Category) || !categories.TryGetValue(entry.Category.Trim().ToLowerInvariant(), out var category))
            return Error.Validation("category", $"Unknown category '{entry.Category}': list it under categories or create it first.");
        if (entry.Price is null)
            return Error.Validation("price", "A product needs a price.");
        if (!decimal.TryParse(entry.Price.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            return Error.Validation("price.amount", $"'{entry.Price.Amount}' is not an amount: write it like \"59.90\".");

        var en = entry.Translations?.En;
        var variants = entry.Variants?
            .Select(v => v is null ? null! : new VariantInput(
                v.Sku ?? "",
                new VariantOptionDto(new LocalizedTextDto(v.Option?.Name ?? "", v.Option?.NameEn), v.Option?.Value ?? ""),
                v.Stock))
            .ToList();
        var built = ProductFactory.Build(new CreateProduct(
            entry.Sku ?? "",
            category.Id,
            new LocalizedTextDto(entry.Name ?? "", en?.Name),
            new MoneyDto(amount, entry.Price.Currency ?? shopCurrency ?? ""),
            Description: new LocalizedTextDto(entry.Description ?? "", en?.Description),
            Image: entry.Image,
            Stock: entry.Stock ?? 0,
            Variants: variants));
        if (!built.IsSuccess || entry.Synonyms is null)
            return built;
        var synonyms = built.Value!.SetSynonyms(entry.Synonyms);
        return synonyms.IsSuccess ? built : synonyms.Error!;
    }

    private static Error? FirstDuplicate(Product candidate, HashSet<Sku> claimed)
    {
        if (!claimed.Add(candidate.Sku))
            return Error.Conflict("duplicate_sku", $"SKU '{candidate.Sku}' appears more than once in this import.", "sku");
        for (var j = 0; j < candidate.Variants.Count; j++)
        {
            if (!claimed.Add(candidate.Variants[j].Sku))
                return Error.Conflict("duplicate_sku", $"SKU '{candidate.Variants[j].Sku}' appears more than once in this import.", $"variants[{j}].sku");
        }

        return null;
    }
}
