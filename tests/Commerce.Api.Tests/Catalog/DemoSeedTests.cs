using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

/// <summary>The API with Demo:SeedCatalog on, starting on an empty (migrated) database.</summary>
public sealed class DemoSeedApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:SeedCatalog"] = "true" };
}

public sealed class DemoSeedTests(DemoSeedApiFactory factory) : IClassFixture<DemoSeedApiFactory>
{
    [Fact]
    public async Task StartUp_WithDemoSeedingOnAnEmptyCatalog_ImportsTheDemoShop()
    {
        var client = factory.CreateMerchantClient();

        var categories = await client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories");
        var products = await client.GetFromJsonAsync<PagedList<ProductDto>>("/api/v1/products?category=schuhe");

        categories!.Select(c => c.Slug).Should().Contain(["schuhe", "kaffee"]).And.HaveCount(8);
        products!.TotalCount.Should().Be(6);
        (await client.GetProductAsync("JKT-LTHR")).Stock.Should().Be(0);
    }
}
