using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class ProductTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    [Fact]
    public async Task CreateProduct_WithVariants_CanBeReadByIdAndBySku()
    {
        var category = await _client.CreateCategoryAsync("p-create");
        var created = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "CR-1", variants:
        [
            new { sku = "CR-1-S", option = new { name = new { de = "Größe", en = "Size" }, value = "S" }, stock = 3 },
            new { sku = "CR-1-M", option = new { name = new { de = "Größe", en = "Size" }, value = "M" }, stock = 4 },
        ]));

        var byId = await _client.GetProductAsync(created.Id.ToString());
        var bySku = await _client.GetProductAsync("cr-1");

        byId.Should().BeEquivalentTo(bySku);
        byId.Stock.Should().Be(7);
        byId.Variants.Select(v => v.Sku).Should().Equal("CR-1-M", "CR-1-S");
    }

    [Theory]
    [InlineData(0, "EUR", "price.amount")]
    [InlineData(-5, "EUR", "price.amount")]
    [InlineData(10, "XXX", "price.currency")]
    public async Task CreateProduct_WhenPriceInvalid_Answers400NamingTheField(decimal amount, string currency, string field)
    {
        var category = await _client.CreateCategoryAsync($"p-price-{Guid.NewGuid():N}"[..20]);
        var body = new { sku = "BAD-PRICE", categoryId = category.Id, name = new { de = "X" }, price = new { amount, currency }, stock = 1 };

        var response = await _client.PostAsJsonAsync("/api/v1/products", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().Contain(field);
        (await _client.GetAsync("/api/v1/products/BAD-PRICE")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateProduct_WhenNameMissing_Answers400NamingTheField()
    {
        var category = await _client.CreateCategoryAsync("p-noname");

        var response = await _client.PostAsJsonAsync("/api/v1/products", new { sku = "NO-NAME", categoryId = category.Id, price = new { amount = 1, currency = "EUR" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("name");
    }

    [Fact]
    public async Task CreateProduct_WhenSkuTakenOrCategoryUnknown_IsRefused()
    {
        var category = await _client.CreateCategoryAsync("p-dup");
        await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "DUP-1"));

        var duplicate = await _client.PostAsJsonAsync("/api/v1/products", CatalogClient.NewProduct(category.Id, "DUP-1"));
        var unknownCategory = await _client.PostAsJsonAsync("/api/v1/products", CatalogClient.NewProduct(Guid.NewGuid(), "DUP-2"));

        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await duplicate.ErrorFieldsAsync()).Should().Contain("sku");
        unknownCategory.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknownCategory.ErrorFieldsAsync()).Should().Contain("categoryId");
    }

    [Fact]
    public async Task GetProduct_WhenUnknown_Answers404()
    {
        (await _client.GetAsync($"/api/v1/products/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.GetAsync("/api/v1/products/NOPE-404")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.PostAsync($"/api/v1/products/{Guid.NewGuid()}/archive", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ArchiveAndActivate_ChangeTheStatusShownInTheList()
    {
        var category = await _client.CreateCategoryAsync("p-archive");
        var product = await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "ARC-1"));

        var archived = await _client.PostAsync($"/api/v1/products/{product.Id}/archive", null);
        var listed = await _client.GetFromJsonAsync<PagedList<ProductDto>>("/api/v1/products?category=p-archive&status=archived");
        var activated = await _client.PostAsync($"/api/v1/products/{product.Id}/activate", null);

        archived.StatusCode.Should().Be(HttpStatusCode.OK);
        listed!.Items.Should().ContainSingle(p => p.Sku == "ARC-1");
        (await activated.Content.ReadFromJsonAsync<ProductDto>())!.Status.Should().Be("Active");
    }
}
