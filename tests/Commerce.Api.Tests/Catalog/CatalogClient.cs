using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

/// <summary>Arranges catalog data through the merchant API, the way a merchant's tooling would.</summary>
internal static class CatalogClient
{
    public static async Task<CategoryDto> CreateCategoryAsync(this HttpClient client, string slug, string name = "Kategorie")
    {
        var response = await client.PostAsJsonAsync("/api/v1/categories", new { slug, name = new { de = name, en = (string?)null } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CategoryDto>())!;
    }

    public static object NewProduct(Guid categoryId, string sku, decimal amount = 19.90m, int stock = 10, object[]? variants = null) => new
    {
        sku,
        categoryId,
        name = new { de = $"Produkt {sku}", en = $"Product {sku}" },
        description = new { de = "Beschreibung", en = (string?)null },
        price = new { amount, currency = "EUR" },
        image = "images/x.svg",
        stock,
        variants,
    };

    public static async Task<ProductDto> CreateProductAsync(this HttpClient client, object product)
    {
        var response = await client.PostAsJsonAsync("/api/v1/products", product);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDto>())!;
    }

    public static async Task<ProductDto> GetProductAsync(this HttpClient client, string idOrSku) =>
        (await client.GetFromJsonAsync<ProductDto>($"/api/v1/products/{idOrSku}"))!;

    /// <summary>The field names a 400 ProblemDetails lists under "errors".</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];
    }
}
