using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>
/// A sellable product. Stock lives on the variants when there are any, otherwise on the product itself.
/// </summary>
public sealed class Product : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    private readonly List<Variant> _variants = [];

    private Product(Guid id, Sku sku, Guid categoryId, LocalizedText name, LocalizedText description, Money price, string? imagePath, int stock)
    {
        Id = id;
        Sku = sku;
        CategoryId = categoryId;
        Name = name;
        Description = description;
        Price = price;
        ImagePath = imagePath;
        Stock = stock;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private Product()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    public Sku Sku { get; private set; }

    public Guid CategoryId { get; private set; }

    public LocalizedText Name { get; private set; }

    public LocalizedText Description { get; private set; }

    public Money Price { get; private set; }

    /// <summary>Path relative to the shop's public base URL (e.g. images/snk-red.svg) or an absolute URL.</summary>
    public string? ImagePath { get; private set; }

    public ProductStatus Status { get; private set; }

    /// <summary>Stock of a product without variants; 0 and unused when it has variants.</summary>
    public int Stock { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<Variant> Variants => _variants;

    public bool HasVariants => _variants.Count > 0;

    public int AvailableStock => HasVariants ? _variants.Sum(v => v.Stock) : Stock;

    public static Result<Product> Create(Sku sku, Guid categoryId, LocalizedText name, LocalizedText description, Money price, string? imagePath, int stock)
    {
        var error = Validate(name, description, price) ?? StockLimits.Check(stock, "stock");
        if (error is not null)
            return error;
        return new Product(Guid.CreateVersion7(), sku, categoryId, name, description, price, NullIfBlank(imagePath), stock);
    }

    public Result Update(Guid categoryId, LocalizedText name, LocalizedText description, Money price, string? imagePath)
    {
        if (Validate(name, description, price) is { } error)
            return error;
        CategoryId = categoryId;
        Name = name;
        Description = description;
        Price = price;
        ImagePath = NullIfBlank(imagePath);
        return Result.Success();
    }

    public const int MaxSynonyms = 20;
    public const int MaxSynonymLength = 40;

    /// <summary>
    /// Other words shoppers use for this product ("kicks", "turnschuhe"), written by the merchant; the chat understands
    /// and finds the product by them. Stored comma-separated.
    /// </summary>
    public string? Synonyms { get; private set; }

    /// <summary>Replaces the synonyms: at most <see cref="MaxSynonyms"/> words or phrases, each up to <see cref="MaxSynonymLength"/> characters.</summary>
    public Result SetSynonyms(IEnumerable<string?> synonyms)
    {
        var words = synonyms.Select(w => (w ?? "").Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > MaxSynonyms)
            return Error.Validation("synonyms", $"At most {MaxSynonyms} synonyms.");
        if (words.Any(w => w.Length > MaxSynonymLength || w.Contains(',') || w.Any(char.IsControl)))
            return Error.Validation("synonyms", $"Each synonym is one word or phrase of at most {MaxSynonymLength} characters, without commas or control characters.");
        Synonyms = words.Count == 0 ? null : string.Join(", ", words);
        return Result.Success();
    }

    /// <summary>The synonyms as a list (empty when there are none).</summary>
    public static IReadOnlyList<string> SynonymList(string? synonyms) =>
        string.IsNullOrWhiteSpace(synonyms) ? [] : synonyms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public void Archive() => Status = ProductStatus.Archived;

    public void Activate() => Status = ProductStatus.Active;

    public Result<Variant> AddVariant(Sku sku, VariantOption option, int stock)
    {
        if (sku == Sku || _variants.Any(v => v.Sku == sku))
            return Error.Conflict("duplicate_sku", $"SKU '{sku}' is already used by this product.", "sku");
        var created = Variant.Create(Id, sku, option, stock);
        if (!created.IsSuccess)
            return created;
        if (!HasVariants)
            Stock = 0; // stock moves to the variants once there are any
        _variants.Add(created.Value);
        return created;
    }

    public Result UpdateVariant(Guid variantId, VariantOption option)
    {
        var variant = _variants.FirstOrDefault(v => v.Id == variantId);
        if (variant is null)
            return Error.NotFound("Variant", variantId);
        variant.ChangeOption(option);
        return Result.Success();
    }

    public Variant? FindVariant(Guid variantId) => _variants.FirstOrDefault(v => v.Id == variantId);

    /// <summary>Sets the absolute stock of the product or of one variant.</summary>
    public Result<int> SetStock(Guid? variantId, int quantity)
    {
        if (variantId is { } id)
            return FindVariant(id) is { } variant ? variant.SetStock(quantity) : Error.NotFound("Variant", id);
        if (HasVariants)
            return Error.Validation("variantId", "This product has variants: set the stock of a variant.");
        if (StockLimits.Check(quantity, "quantity") is { } invalid)
            return invalid;
        Stock = quantity;
        return quantity;
    }

    private static Error? Validate(LocalizedText name, LocalizedText description, Money price)
    {
        if (string.IsNullOrWhiteSpace(name.De))
            return Error.Validation("name", "A product needs a name.");
        if (name.De.Length > MaxNameLength || name.En?.Length > MaxNameLength)
            return Error.Validation("name", $"A name has at most {MaxNameLength} characters.");
        if (description.De.Length > MaxDescriptionLength || description.En?.Length > MaxDescriptionLength)
            return Error.Validation("description", $"A description has at most {MaxDescriptionLength} characters.");
        if (price.Amount <= 0)
            return Error.Validation("price.amount", "The price must be greater than zero.");
        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
