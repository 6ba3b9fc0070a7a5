using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class ProductListTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateMerchantClient();
    private CategoryDto _shoes = null!;

    public async Task InitializeAsync()
    {
        // xunit builds the class per test, but the database is shared by the class: arrange once.
        var existing = await _client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories");
        if (existing!.FirstOrDefault(c => c.Slug == "schuhe") is { } shoes)
        {
            _shoes = shoes;
            return;
        }

        _shoes = await _client.CreateCategoryAsync("schuhe", "Schuhe");
        var bags = await _client.CreateCategoryAsync("taschen", "Taschen");
        for (var i = 1; i <= 5; i++)
            await _client.CreateProductAsync(CatalogClient.NewProduct(_shoes.Id, $"SHOE-{i}"));
        await _client.CreateProductAsync(CatalogClient.NewProduct(bags.Id, "BAG-1"));
        await _client.CreateProductAsync(new { sku = "ZZ-HIDDEN-9", categoryId = bags.Id, name = new { de = "Wanderrucksack" }, price = new { amount = 80, currency = "EUR" } });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<PagedList<ProductDto>> ListAsync(string query) =>
        (await _client.GetFromJsonAsync<PagedList<ProductDto>>($"/api/v1/products{query}"))!;

    [Fact]
    public async Task ListProducts_WithPaging_ReturnsThePageAndTheTotal()
    {
        var first = await ListAsync("?page=1&pageSize=4");
        var second = await ListAsync("?page=2&pageSize=4");

        first.TotalCount.Should().Be(7);
        first.Items.Should().HaveCount(4);
        second.Items.Should().HaveCount(3);
        first.Items.Select(p => p.Id).Should().NotIntersectWith(second.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task ListProducts_ByCategorySlugOrId_ReturnsOnlyThatCategory()
    {
        var bySlug = await ListAsync("?category=schuhe");
        var byId = await ListAsync($"?category={_shoes.Id}");

        bySlug.TotalCount.Should().Be(5);
        byId.Items.Select(p => p.Sku).Should().BeEquivalentTo(bySlug.Items.Select(p => p.Sku));
    }

    [Fact]
    public async Task ListProducts_WithText_MatchesNamesAndSkusIgnoringCase()
    {
        (await ListAsync("?q=bag")).Items.Should().ContainSingle(p => p.Sku == "BAG-1");
        (await ListAsync("?q=PRODUKT%20shoe-3")).Items.Should().ContainSingle(p => p.Sku == "SHOE-3");
        (await ListAsync("?q=product")).TotalCount.Should().Be(6);
        (await ListAsync("?q=hidden-9")).Items.Should().ContainSingle(p => p.Sku == "ZZ-HIDDEN-9");
        (await ListAsync("?q=50%25")).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("?pageSize=1000", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?status=deleted", "status")]
    public async Task ListProducts_WithInvalidQuery_Answers400NamingTheParameter(string query, string field)
    {
        var response = await _client.GetAsync($"/api/v1/products{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().Contain(field);
    }

    [Fact]
    public async Task ListProducts_WithANonNumericPage_Answers400ProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/products?page=abc");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("page");
    }
}
