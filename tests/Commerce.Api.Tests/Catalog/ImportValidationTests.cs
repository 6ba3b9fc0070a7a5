using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class ImportValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    internal static JsonObject Product(string sku, string amount = "10.00", string category = "basics", string currency = "EUR") => new()
    {
        ["sku"] = sku,
        ["category"] = category,
        ["name"] = $"Artikel {sku}",
        ["price"] = new JsonObject { ["amount"] = amount, ["currency"] = currency },
        ["stock"] = 3,
    };

    internal static JsonObject Catalog(params JsonObject[] products) => new()
    {
        ["categories"] = new JsonArray(new JsonObject { ["slug"] = "basics", ["name"] = "Basics" }),
        ["products"] = new JsonArray(products.Cast<JsonNode>().ToArray()),
    };

    private async Task<HttpResponseMessage> ImportAsync(JsonNode body) =>
        await _client.PostAsync("/api/v1/catalog/import", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    private async Task<int> ProductCountAsync() =>
        (await _client.GetFromJsonAsync<PagedList<ProductDto>>("/api/v1/products?pageSize=1"))!.TotalCount;

    [Fact]
    public async Task Import_WithInvalidEntries_Answers400ListingEachAndImportsNothing()
    {
        var catalog = Catalog(Product("OK-1"), Product("BAD-1", amount: "0"), Product("BAD-2", currency: "XYZ"), Product("BAD-3", category: "unknown"), Product("OK-2"));

        var response = await ImportAsync(catalog);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .BeEquivalentTo("products[1].price.amount", "products[2].price.currency", "products[3].category");
        problem.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("sku").GetString())).Should()
            .BeEquivalentTo([(1, "BAD-1"), (2, "BAD-2"), (3, "BAD-3")]);
        (await ProductCountAsync()).Should().Be(0);
        (await _client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories"))!.Should().NotContain(c => c.Slug == "basics");
    }

    [Fact]
    public async Task Import_WithADuplicateSku_ReportsTheSecondEntry()
    {
        var response = await ImportAsync(Catalog(Product("TWICE-1"), Product("twice-1")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("products[1].sku");
        (await ProductCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Import_WithEmptyEntries_Answers400InsteadOfFailing()
    {
        var withNullVariant = Product("NULLS-1");
        withNullVariant["variants"] = new JsonArray((JsonNode?)null);
        var catalog = Catalog(withNullVariant);
        catalog["products"]!.AsArray().Add(null);

        var response = await ImportAsync(catalog);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().BeEquivalentTo("products[0].variants[0]", "products[1].sku");
    }
}
