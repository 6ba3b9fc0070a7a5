using System.Globalization;
using System.Text.Json;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>
/// Loads demo/demo-catalog.json (copied next to the tests) into a test database through the domain,
/// so tests search the same catalog the demo shop shows. Deliberately minimal: the real import is a use case.
/// </summary>
public static class DemoCatalogSeeder
{
    public static async Task SeedAsync(CommerceDbContext db)
    {
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "demo-catalog.json")));
        var root = json.RootElement;

        var categories = new Dictionary<string, Guid>();
        foreach (var element in root.GetProperty("categories").EnumerateArray())
        {
            var category = Category.Create(element.GetProperty("slug").GetString(), Localized(element, "name")).Value;
            categories[category.Slug] = category.Id;
            db.Categories.Add(category);
        }

        foreach (var element in root.GetProperty("products").EnumerateArray())
        {
            var price = element.GetProperty("price");
            var product = Product.Create(
                Sku.Create(element.GetProperty("sku").GetString()).Value,
                categories[element.GetProperty("category").GetString()!],
                Localized(element, "name"),
                Localized(element, "description"),
                Money.Create(decimal.Parse(price.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture), price.GetProperty("currency").GetString()).Value,
                element.TryGetProperty("image", out var image) ? image.GetString() : null,
                element.TryGetProperty("stock", out var stock) ? stock.GetInt32() : 0).Value;
            if (element.TryGetProperty("variants", out var variants))
            {
                foreach (var variant in variants.EnumerateArray())
                {
                    var option = variant.GetProperty("option");
                    var name = new LocalizedText(option.GetProperty("name").GetString()!, option.TryGetProperty("name_en", out var en) ? en.GetString() : null);
                    product.AddVariant(Sku.Create(variant.GetProperty("sku").GetString()).Value, new VariantOption(name, option.GetProperty("value").GetString()!), variant.GetProperty("stock").GetInt32());
                }
            }

            db.Products.Add(product);
        }

        await db.SaveChangesAsync();
    }

    private static LocalizedText Localized(JsonElement element, string property)
    {
        var english = element.TryGetProperty("translations", out var translations)
            && translations.TryGetProperty("en", out var en)
            && en.TryGetProperty(property, out var value)
                ? value.GetString()
                : null;
        return new LocalizedText(element.GetProperty(property).GetString() ?? "", english);
    }
}
