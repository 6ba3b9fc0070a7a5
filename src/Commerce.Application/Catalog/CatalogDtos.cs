using System.Linq.Expressions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Application.Catalog;

public sealed record LocalizedTextDto(string De, string? En = null)
{
    public LocalizedText ToDomain() => new(De?.Trim() ?? "", string.IsNullOrWhiteSpace(En) ? null : En.Trim());

    /// <summary>The text in <paramref name="language"/>, German where there is no English.</summary>
    public string In(string language) => language == "en" && !string.IsNullOrWhiteSpace(En) ? En : De;

    public static LocalizedTextDto From(LocalizedText text) => new(text.De, text.En);
}

public sealed record MoneyDto(decimal Amount, string Currency);

public sealed record VariantOptionDto(LocalizedTextDto Name, string Value);

public sealed record VariantDto(Guid Id, string Sku, VariantOptionDto Option, int Stock);

public sealed record CategoryDto(Guid Id, string Slug, LocalizedTextDto Name, int ProductCount);

public sealed record ProductDto(
    Guid Id,
    string Sku,
    Guid CategoryId,
    LocalizedTextDto Name,
    LocalizedTextDto Description,
    MoneyDto Price,
    string? Image,
    string Status,
    int Stock,
    IReadOnlyList<VariantDto> Variants,
    uint Version)
{
    /// <summary>Absolute URL of <see cref="Image"/> under the shop's public base URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The merchant's other words for the product, as stored (see <see cref="Synonyms"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? SynonymsText { get; init; }

    /// <summary>Other words shoppers use for this product; the chat understands and finds it by them.</summary>
    public IReadOnlyList<string> Synonyms => Product.SynonymList(SynonymsText);

    /// <summary>Translatable by EF: loads exactly the columns the DTO needs.</summary>
    public static readonly Expression<Func<Product, ProductDto>> Projection = p => new ProductDto(
        p.Id,
        p.Sku.Value,
        p.CategoryId,
        new LocalizedTextDto(p.Name.De, p.Name.En),
        new LocalizedTextDto(p.Description.De, p.Description.En),
        new MoneyDto(p.Price.Amount, p.Price.Currency),
        p.ImagePath,
        p.Status.ToString(),
        p.Variants.Any() ? p.Variants.Sum(v => v.Stock) : p.Stock,
        p.Variants.OrderBy(v => v.Sku)
            .Select(v => new VariantDto(v.Id, v.Sku.Value, new VariantOptionDto(new LocalizedTextDto(v.Option.Name.De, v.Option.Name.En), v.Option.Value), v.Stock))
            .ToList(),
        p.Version) { SynonymsText = p.Synonyms };

    public static ProductDto From(Product p) => new(
        p.Id,
        p.Sku.Value,
        p.CategoryId,
        LocalizedTextDto.From(p.Name),
        LocalizedTextDto.From(p.Description),
        new MoneyDto(p.Price.Amount, p.Price.Currency),
        p.ImagePath,
        p.Status.ToString(),
        p.AvailableStock,
        p.Variants.OrderBy(v => v.Sku.Value, StringComparer.Ordinal)
            .Select(v => new VariantDto(v.Id, v.Sku.Value, new VariantOptionDto(LocalizedTextDto.From(v.Option.Name), v.Option.Value), v.Stock))
            .ToList(),
        p.Version) { SynonymsText = p.Synonyms };
}
