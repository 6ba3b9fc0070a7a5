using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class ProductUpdateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    private static object Update(ProductDto product, decimal amount, uint? version) => new
    {
        version,
        categoryId = product.CategoryId,
        name = new { de = "Neuer Name", en = "New name" },
        description = new { de = "Neu" },
        price = new { amount, currency = "EUR" },
        image = product.Image,
    };

    [Fact]
    public async Task UpdateProduct_WithCurrentVersion_ChangesTheProductAndItsVersion()
    {
        var category = await _client.CreateCategoryAsync("u-ok");
        var product = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "UPD-1"));

        var response = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}", Update(product, 24.50m, product.Version));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var stored = await _client.GetProductAsync("UPD-1");
        stored.Name.De.Should().Be("Neuer Name");
        stored.Price.Amount.Should().Be(24.50m);
        stored.Version.Should().NotBe(product.Version);
    }

    [Fact]
    public async Task UpdateProduct_WhenVersionIsStale_Answers409AndKeepsTheOtherChange()
    {
        var category = await _client.CreateCategoryAsync("u-stale");
        var product = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "UPD-2"));
        (await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}", Update(product, 30m, product.Version))).EnsureSuccessStatusCode();

        var stale = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}", Update(product, 99m, product.Version));

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await _client.GetProductAsync("UPD-2")).Price.Amount.Should().Be(30m);
    }

    [Fact]
    public async Task UpdateProduct_WhenVersionMissingOrPriceZero_Answers400NamingTheField()
    {
        var category = await _client.CreateCategoryAsync("u-invalid");
        var product = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "UPD-3"));

        var noVersion = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}", Update(product, 10m, null));
        var zeroPrice = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}", Update(product, 0m, product.Version));

        noVersion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noVersion.ErrorFieldsAsync()).Should().Contain("version");
        zeroPrice.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zeroPrice.ErrorFieldsAsync()).Should().Contain("price.amount");
        (await _client.GetProductAsync("UPD-3")).Price.Amount.Should().Be(19.90m);
    }

    [Fact]
    public async Task UpdateProduct_WhenUnknown_Answers404()
    {
        var category = await _client.CreateCategoryAsync("u-404");
        var body = new { version = 1, categoryId = category.Id, name = new { de = "X" }, price = new { amount = 1, currency = "EUR" } };

        (await _client.PutAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}", body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Variants_AddAndChangeOption_ShowOnTheProduct()
    {
        var category = await _client.CreateCategoryAsync("u-variants");
        var product = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "VAR-1"));
        var size = new { de = "Größe", en = "Size" };

        var added = await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/variants", new { sku = "VAR-1-L", option = new { name = size, value = "L" }, stock = 6 });
        var variant = (await added.Content.ReadFromJsonAsync<ProductDto>())!.Variants.Single();
        var changed = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}/variants/{variant.Id}", new { option = new { name = size, value = "XL" } });
        var duplicate = await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/variants", new { sku = "VAR-1", option = new { name = size, value = "M" }, stock = 1 });
        var unknown = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}/variants/{Guid.NewGuid()}", new { option = new { name = size, value = "S" } });

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = await _client.GetProductAsync("VAR-1");
        stored.Variants.Should().ContainSingle().Which.Option.Value.Should().Be("XL");
        stored.Stock.Should().Be(6);
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
