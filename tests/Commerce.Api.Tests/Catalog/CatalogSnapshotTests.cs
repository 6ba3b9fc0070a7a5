using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence.Search;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Catalog;

/// <summary>
/// Search runs over an in-memory snapshot of the catalog. Two API instances share one database here: what the
/// merchant changes through one is what shoppers find through the other on their very next search.
/// </summary>
public sealed class CatalogSnapshotTests : IAsyncLifetime
{
    private readonly ApiFactory _first = new();
    private SharedDatabaseFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        await _first.WithDbAsync(DemoCatalogSeeder.SeedAsync);
        _second = new SharedDatabaseFactory(_first.ConnectionString);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_product_renamed_on_one_instance_is_found_by_its_new_name_on_the_other()
    {
        (await SearchAsync(_first, "karmesin")).Should().BeEmpty("the snapshot is loaded and knows no such word yet");
        (await RenameAsync(_second, "SNK-RED", "Turnschuh Karmesin", "Crimson trainers")).IsSuccess.Should().BeTrue();
        (await SearchAsync(_first, "karmesin"))[0].Sku.Should().Be("SNK-RED");
        (await SearchAsync(_first, "crimson trainers", "en"))[0].Name.En.Should().Be("Crimson trainers");
    }

    [Fact]
    public async Task A_ranking_kept_for_a_query_is_dropped_when_a_product_changes()
    {
        (await SearchAsync(_first, "zinnober")).Should().BeEmpty();
        (await SearchAsync(_first, "zinnober")).Should().BeEmpty();
        (await CachedRankingsAsync(_first)).Should().BeGreaterThan(0, "a query's ranking is kept for the next shopper asking it");
        (await RenameAsync(_first, "SNK-WHT", "Sneaker Zinnober", "Vermilion sneakers")).IsSuccess.Should().BeTrue();
        (await SearchAsync(_first, "zinnober"))[0].Sku.Should().Be("SNK-WHT");
    }

    [Fact]
    public async Task A_product_archived_on_one_instance_leaves_the_others_search()
    {
        (await SearchAsync(_first, "sonnenbrille")).Select(h => h.Sku).Should().Contain("SUN-TORT");
        var product = await ProductAsync("SUN-TORT");

        (await SendAsync(_second, new SetProductStatus(product.Id, ProductStatus.Archived))).IsSuccess.Should().BeTrue();

        (await SearchAsync(_first, "sonnenbrille")).Select(h => h.Sku).Should().NotContain("SUN-TORT");
    }

    [Fact]
    public async Task Stock_is_read_live_and_a_stock_change_does_not_rebuild_the_snapshot()
    {
        var hit = (await SearchAsync(_first, "armbanduhr"))[0];
        hit.Sku.Should().Be("WATCH-SLV");
        var stampBefore = await StampAsync();

        var sold = await SendAsync(_second, new SetStock(hit.ProductId, null, 0, "sold at the market stall"));

        sold.IsSuccess.Should().BeTrue();
        (await SearchAsync(_first, "armbanduhr"))[0].Stock.Should().Be(0);
        (await SearchAsync(_first, "armbanduhr", inStockOnly: true)).Select(h => h.Sku).Should().NotContain("WATCH-SLV");
        (await StampAsync()).Should().Be(stampBefore, "stock is not part of the snapshot");
    }

    [Fact]
    public async Task A_new_product_is_searchable_at_once_and_its_variants_sizes_with_it()
    {
        var shoes = Guid.Empty;
        await _first.WithDbAsync(async db => shoes = (await db.Categories.AsNoTracking().FirstAsync(c => c.Slug == "schuhe")).Id);
        await _second.WithDbAsync(async db =>
        {
            var product = Product.Create(
                Sku.Create("CLOG-GRN").Value, shoes, new LocalizedText("Holzclog Grün", "Green wooden clog"),
                new LocalizedText("Handgeschnitzt.", "Hand carved."), Money.Create(39m, "EUR").Value, null, 0).Value;
            product.AddVariant(Sku.Create("CLOG-GRN-47").Value, new VariantOption(new LocalizedText("Größe", "Size"), "47"), 2);
            db.Products.Add(product);
            await db.SaveChangesAsync();
        });

        var hits = await SearchAsync(_first, "holzclog 47");

        hits[0].Sku.Should().Be("CLOG-GRN");
        hits[0].HasVariants.Should().BeTrue();
        hits[0].Stock.Should().Be(2);
    }

    private async Task<Product> ProductAsync(string sku)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Commerce.Infrastructure.Persistence.CommerceDbContext>();
        return await db.Products.AsNoTracking().SingleAsync(p => p.Sku == Sku.Create(sku).Value);
    }

    private static async Task<int> CachedRankingsAsync(ApiFactory instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogSnapshotCache>().CurrentAsync(
            scope.ServiceProvider.GetRequiredService<Commerce.Infrastructure.Persistence.CommerceDbContext>(),
            scope.ServiceProvider.GetRequiredService<CatalogStampReader>(),
            CancellationToken.None);
        return snapshot.Rankings.Count;
    }

    private async Task<Guid> StampAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Commerce.Infrastructure.Persistence.CommerceDbContext>();
        return await db.Set<CatalogStamp>().AsNoTracking().Select(s => s.Value).SingleAsync();
    }

    /// <summary>Renames a product through <paramref name="instance"/>, keeping everything else.</summary>
    private async Task<Result<ProductDto>> RenameAsync(ApiFactory instance, string sku, string de, string en)
    {
        var product = await ProductAsync(sku);
        return await SendAsync(instance, new UpdateProduct(
            product.Id, product.Version, product.CategoryId, new LocalizedTextDto(de, en),
            new LocalizedTextDto(product.Description.De, product.Description.En), new MoneyDto(product.Price.Amount, product.Price.Currency),
            product.ImagePath));
    }

    private static async Task<T> SendAsync<T>(ApiFactory instance, IRequest<T> request)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(ApiFactory instance, string query, string language = "de", bool inStockOnly = false) =>
        (await SendAsync(instance, new SearchProducts(query, language, 10, false, inStockOnly))).Value;

    /// <summary>A second API process on the first one's database.</summary>
    private sealed class SharedDatabaseFactory(string connectionString) : ApiFactory
    {
        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);
    }
}
