using System.Text.Json.Serialization;
using Commerce.Application.Abstractions;
using MediatR;

namespace Commerce.Application.Catalog.Import;

/// <summary>
/// Upserts a whole catalog (categories by slug, products by SKU) in the shape of demo/demo-catalog.json.
/// All or nothing: when any entry is invalid the report lists every error and nothing is written.
/// </summary>
public sealed record ImportCatalog(ImportShop? Shop = null, IReadOnlyList<ImportCategory>? Categories = null, IReadOnlyList<ImportProduct>? Products = null)
    : ICommand<ImportReport>;

public sealed record ImportShop(string? Name = null, string? Currency = null);

public sealed record ImportTranslation(string? Name = null, string? Description = null);

public sealed record ImportTranslations(ImportTranslation? En = null);

public sealed record ImportCategory(string? Slug = null, string? Name = null, ImportTranslations? Translations = null);

/// <summary>The amount is a decimal string ("59.90") so no binary floating point ever touches a price.</summary>
public sealed record ImportPrice(string? Amount = null, string? Currency = null);

public sealed record ImportOption(string? Name = null, [property: JsonPropertyName("name_en")] string? NameEn = null, string? Value = null);

public sealed record ImportVariant(string? Sku = null, ImportOption? Option = null, int Stock = 0);

public sealed record ImportProduct(
    string? Sku = null,
    string? Category = null,
    string? Name = null,
    string? Description = null,
    ImportPrice? Price = null,
    string? Image = null,
    ImportTranslations? Translations = null,
    IReadOnlyList<ImportVariant>? Variants = null,
    int? Stock = null,
    IReadOnlyList<string?>? Synonyms = null);

public sealed record ImportCounts(int Created, int Updated, int Unchanged);

/// <summary>One invalid entry: <see cref="Field"/> is relative to the entry, <see cref="Path"/> to the whole document.</summary>
public sealed record ImportError(int Index, string? Sku, string Field, string Message, string Path);

/// <summary>Product counts at the top level, category counts beside them.</summary>
public sealed record ImportReport(int Created, int Updated, int Unchanged, ImportCounts Categories, IReadOnlyList<ImportError> Errors)
{
    [JsonIgnore]
    public bool Succeeded => Errors.Count == 0;
}

public sealed class ImportCatalogHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<ImportCatalog, ImportReport>
{
    public async Task<ImportReport> Handle(ImportCatalog request, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var categories = await CategoryImport.PlanAsync(db, request.Categories ?? [], errors, cancellationToken);
        var products = await new ProductImport(db, categories.BySlug, request.Shop?.Currency, clock.GetUtcNow())
            .PlanAsync(request.Products ?? [], errors, cancellationToken);

        // Planning only touched tracked entities; without SaveChanges a failed import leaves no trace.
        if (errors.Count > 0)
            return new ImportReport(0, 0, 0, new ImportCounts(0, 0, 0), errors);

        db.Categories.AddRange(categories.Created);
        db.Products.AddRange(products.Created);
        db.StockMovements.AddRange(products.Movements);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(products.Created.Count, products.Updated, products.Unchanged, categories.Counts, errors);
    }
}
