using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Catalog;

/// <summary>The demo catalog plus one archived product, which searches must skip unless asked.</summary>
public sealed class DemoCatalogApiFactory : ApiFactory, IAsyncLifetime
{
    public const string ArchivedSku = "SNK-RED-RETRO";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            await DemoCatalogSeeder.SeedAsync(db);
            var shoes = db.Categories.Single(c => c.Slug == "schuhe");
            var archived = Product.Create(
                Sku.Create(ArchivedSku).Value,
                shoes.Id,
                new LocalizedText("Sneaker Rot Retro", "Red retro sneakers"),
                new LocalizedText("Nicht mehr im Sortiment.", "No longer sold."),
                Money.Create(49m, "EUR").Value,
                null,
                3).Value;
            archived.Archive();
            db.Products.Add(archived);
            await db.SaveChangesAsync();
        });
    }
}

public sealed class SearchTests(DemoCatalogApiFactory factory) : IClassFixture<DemoCatalogApiFactory>
{
    [Theory]
    // exact names, German and English, and a SKU
    [InlineData("Sneaker Rot", "SNK-RED")]
    [InlineData("Regenjacke Gelb", "JKT-RAIN")]
    [InlineData("Daunenjacke", "JKT-DOWN")]
    [InlineData("Sencha green tea", "TEA-GRN")]
    [InlineData("Chelsea Boots", "BOOT-BRN")]
    [InlineData("snk-wht", "SNK-WHT")]
    // typos
    [InlineData("regnjacke", "JKT-RAIN")]
    [InlineData("jeens", "JNS-BLU")]
    [InlineData("sonenbrille", "SUN-TORT")]
    [InlineData("rucksak", "BAG-BACK")]
    // umlauts written every way
    [InlineData("muetze", "BEANIE-RED")]
    [InlineData("mütze", "BEANIE-RED")]
    [InlineData("mutze", "BEANIE-RED")]
    [InlineData("muetze rot", "BEANIE-RED")]
    [InlineData("guertel", "BELT-BRN")]
    [InlineData("Gürtel", "BELT-BRN")]
    [InlineData("umhaengetasche", "BAG-CROSS")]
    // colour + category, inflected
    [InlineData("rote schuhe", "SNK-RED")]
    [InlineData("rote sneaker", "SNK-RED")]
    [InlineData("black hoodie", "HD-BLK")]
    [InlineData("schwarzer hoodie", "HD-BLK")]
    [InlineData("schwarze jacke", "JKT-DOWN")]
    [InlineData("grüner tee", "TEA-GRN")]
    [InlineData("t-shirts weiß", "TS-WHT")]
    [InlineData("blaue jeans", "JNS-BLU")]
    [InlineData("graue hose", "JOG-GRY")]
    // English
    [InlineData("red sneakers", "SNK-RED")]
    [InlineData("backpack", "BAG-BACK")]
    [InlineData("sunglasses", "SUN-TORT")]
    [InlineData("leather belt", "BELT-BRN")]
    [InlineData("umbrella", "UMB-BLK")]
    // chat phrasing
    [InlineData("zeig mir rote sneaker", "SNK-RED")]
    [InlineData("do you have hoodies in black", "HD-BLK")]
    [InlineData("regenjacke", "JKT-RAIN")]
    [InlineData("jeans größe 32", "JNS-BLU")]
    public async Task Search_WhenQueryDescribesOneProduct_RanksItFirst(string query, string expectedSku)
    {
        var hits = await SearchAsync(query);

        hits.Should().NotBeEmpty();
        hits[0].Sku.Should().Be(expectedSku, "'{0}' should find it first, got {1}", query, Describe(hits));
    }

    [Theory]
    [InlineData("snaker", "SNK-RED", "SNK-WHT", "SNK-BLK")]
    [InlineData("hoddie", "HD-GRY", "HD-BLK")]
    [InlineData("weiss", "SNK-WHT", "TS-WHT")]
    [InlineData("weiß", "SNK-WHT", "TS-WHT")]
    [InlineData("kaffee", "COF-FIL", "COF-ESP")]
    [InlineData("something for rain", "JKT-RAIN", "UMB-BLK")]
    [InlineData("black sneakers", "SNK-BLK")]
    public async Task Search_WhenQueryFitsSeveralProducts_ReturnsThemInTopThree(string query, params string[] expectedSkus)
    {
        var hits = await SearchAsync(query);

        hits.Take(3).Select(h => h.Sku).Should().Contain(expectedSkus, "'{0}' got {1}", query, Describe(hits));
    }

    [Theory]
    [InlineData("xyzzy quux")]
    [InlineData("zeig mir")]
    [InlineData("rote schuhe xyzzy quux")]
    public async Task Search_WhenNothingFits_ReturnsNoHits(string query)
    {
        var hits = await SearchAsync(query);

        hits.Should().BeEmpty("'{0}' got {1}", query, Describe(hits));
    }

    [Fact]
    public async Task Search_WhenProductIsArchived_LeavesItOutUnlessAsked()
    {
        (await SearchAsync("sneaker rot retro")).Select(h => h.Sku).Should().NotContain(DemoCatalogApiFactory.ArchivedSku);
        (await SearchAsync("sneaker rot retro", includeArchived: true))[0].Sku.Should().Be(DemoCatalogApiFactory.ArchivedSku);
    }

    [Fact]
    public async Task Search_WhenInStockOnly_LeavesOutSoldOutProducts()
    {
        (await SearchAsync("lederjacke")).Select(h => h.Sku).Should().Contain("JKT-LTHR");
        (await SearchAsync("lederjacke", inStockOnly: true)).Select(h => h.Sku).Should().NotContain("JKT-LTHR");
    }

    [Fact]
    public async Task Search_ReturnsWhatACarouselNeeds()
    {
        var hit = (await SearchAsync("rote sneaker"))[0];

        hit.Name.Should().Be(new LocalizedTextDto("Sneaker Rot", "Red sneakers"));
        hit.Price.Should().Be(new MoneyDto(59.90m, "EUR"));
        hit.Image.Should().Be("images/snk-red.svg");
        hit.HasVariants.Should().BeTrue();
        hit.Stock.Should().BeGreaterThan(0);
        hit.Score.Should().BeInRange(0.5, 1.0);
    }

    [Fact]
    public async Task SearchEndpoint_WithQuery_AnswersHitsBestFirst()
    {
        var hits = await factory.CreateMerchantClient().GetFromJsonAsync<List<ProductSearchHit>>("/api/v1/products/search?q=schwarzer%20hoodie&lang=de&limit=5");

        hits.Should().NotBeNull();
        hits![0].Sku.Should().Be("HD-BLK");
        hits.Count.Should().BeLessThanOrEqualTo(5);
    }

    [Theory]
    [InlineData("/api/v1/products/search")]
    [InlineData("/api/v1/products/search?q=hoodie&limit=0")]
    [InlineData("/api/v1/products/search?q=hoodie&lang=fr")]
    public async Task SearchEndpoint_WhenInputInvalid_Answers400(string url)
    {
        var response = await factory.CreateMerchantClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().ContainSingle().Which.Should().BeOneOf("q", "limit", "lang");
    }

    private async Task<IReadOnlyList<ProductSearchHit>> SearchAsync(string query, bool includeArchived = false, bool inStockOnly = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return (await mediator.Send(new SearchProducts(query, "de", 10, includeArchived, inStockOnly))).Value;
    }

    private static string Describe(IEnumerable<ProductSearchHit> hits) =>
        "[" + string.Join(", ", hits.Select(h => $"{h.Sku} {h.Score}")) + "]";
}
