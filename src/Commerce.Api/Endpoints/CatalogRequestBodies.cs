using Commerce.Application.Catalog;

namespace Commerce.Api.Endpoints;

// Bodies of routes whose ids come from the path: the command is built from both.
// Optional members have defaults: the serializer refuses a body that lacks a required one.

public sealed record UpdateCategoryBody(LocalizedTextDto Name);

public sealed record UpdateProductBody(Guid CategoryId, LocalizedTextDto Name, MoneyDto Price, uint? Version = null, LocalizedTextDto? Description = null, string? Image = null);

public sealed record AddVariantBody(string Sku, VariantOptionDto Option, int Stock = 0);

public sealed record UpdateVariantBody(VariantOptionDto Option);

/// <param name="Synonyms">Other words shoppers use for the product; an empty list removes them.</param>
public sealed record SynonymsBody(IReadOnlyList<string?>? Synonyms);

public sealed record SetStockBody(int Quantity, string Reason, Guid? VariantId = null);

public sealed record AdjustStockBody(int Delta, string Reason, Guid? VariantId = null);
