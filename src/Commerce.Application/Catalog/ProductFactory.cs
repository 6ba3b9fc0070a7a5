using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Application.Catalog;

/// <summary>Turns merchant input into a valid <see cref="Product"/> or the first error, naming its field.</summary>
internal static class ProductFactory
{
    public static Result<Product> Build(CreateProduct input)
    {
        var sku = Sku.Create(input.Sku);
        if (!sku.IsSuccess)
            return sku.Error!;
        var price = Money.Create(input.Price.Amount, input.Price.Currency);
        if (!price.IsSuccess)
            return price.Error!;

        var description = input.Description?.ToDomain() ?? new LocalizedText("", null);
        var created = Product.Create(sku.Value, input.CategoryId, input.Name.ToDomain(), description, price.Value, input.Image, input.Stock);
        if (!created.IsSuccess)
            return created;

        var variants = input.Variants ?? [];
        for (var i = 0; i < variants.Count; i++)
        {
            // JSON arrays may hold nulls whatever the element type says.
            if (variants[i] is null)
                return Error.Validation($"variants[{i}]", "A variant cannot be empty.");
            var variantSku = Sku.Create(variants[i].Sku, $"variants[{i}].sku");
            if (!variantSku.IsSuccess)
                return variantSku.Error!;
            var added = created.Value.AddVariant(variantSku.Value, new VariantOption(variants[i].Option.Name.ToDomain(), variants[i].Option.Value), variants[i].Stock);
            if (!added.IsSuccess)
                return added.Error! with { Field = $"variants[{i}].{added.Error!.Field}" };
        }

        return created;
    }
}
