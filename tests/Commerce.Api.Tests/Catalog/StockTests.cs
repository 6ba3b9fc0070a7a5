using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Catalog;

public sealed class StockTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    private async Task<ProductDto> ProductWithStockAsync(string sku, int stock, object[]? variants = null)
    {
        var category = await _client.CreateCategoryAsync(sku.ToLowerInvariant());
        return await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, sku, stock: stock, variants: variants));
    }

    [Fact]
    public async Task AdjustStock_Fifty_ParallelRemovalsOfFifty_EndAtZeroAndTheNextIsRefused()
    {
        var product = await ProductWithStockAsync("STK-PAR", 50);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/products/{product.Id}/stock/adjustments", new { delta = -1, reason = "sold" })));
        var oneMore = await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/stock/adjustments", new { delta = -1, reason = "sold" });

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        oneMore.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await oneMore.Content.ReadAsStringAsync()).Should().Contain("nsufficient stock");
        (await _client.GetProductAsync("STK-PAR")).Stock.Should().Be(0);
        await factory.WithDbAsync(async db =>
        {
            var movements = await db.StockMovements.Where(m => m.ProductId == product.Id).ToListAsync();
            movements.Should().HaveCount(50);
            movements.Select(m => m.ResultingStock).Should().BeEquivalentTo(Enumerable.Range(0, 50));
        });
    }

    [Fact]
    public async Task AdjustStock_OfAVariant_ChangesOnlyThatVariant()
    {
        var size = new { de = "Größe" };
        var product = await ProductWithStockAsync("STK-VAR", 0,
        [
            new { sku = "STK-VAR-S", option = new { name = size, value = "S" }, stock = 2 },
            new { sku = "STK-VAR-M", option = new { name = size, value = "M" }, stock = 5 },
        ]);
        var small = product.Variants.Single(v => v.Sku == "STK-VAR-S");

        var added = await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/stock/adjustments", new { variantId = small.Id, delta = 10, reason = "delivery" });
        var withoutVariant = await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/stock/adjustments", new { delta = 1, reason = "delivery" });

        added.StatusCode.Should().Be(HttpStatusCode.OK);
        (await added.Content.ReadFromJsonAsync<StockLevelDto>())!.Stock.Should().Be(12);
        withoutVariant.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutVariant.ErrorFieldsAsync()).Should().Contain("variantId");
        (await _client.GetProductAsync("STK-VAR")).Variants.Select(v => v.Stock).Should().BeEquivalentTo([12, 5]);
    }

    [Fact]
    public async Task SetStock_RecordsTheDifferenceAsAMovement()
    {
        var product = await ProductWithStockAsync("STK-SET", 7);

        var response = await _client.PutAsJsonAsync($"/api/v1/products/{product.Id}/stock", new { quantity = 3, reason = "stocktake" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.GetProductAsync("STK-SET")).Stock.Should().Be(3);
        await factory.WithDbAsync(async db =>
            (await db.StockMovements.SingleAsync(m => m.ProductId == product.Id)).Should().Match<Domain.Catalog.StockMovement>(
                m => m.Delta == -4 && m.ResultingStock == 3 && m.Reason == "stocktake"));
    }

    [Theory]
    [InlineData("{\"quantity\": -1, \"reason\": \"x\"}", "quantity")]
    [InlineData("{\"quantity\": 5, \"reason\": \" \"}", "reason")]
    public async Task SetStock_WithInvalidInput_Answers400NamingTheField(string body, string field)
    {
        var product = await ProductWithStockAsync($"STK-BAD-{field.ToUpperInvariant()}", 7);

        var response = await _client.PutAsync($"/api/v1/products/{product.Id}/stock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().Contain(field);
    }

    [Fact]
    public async Task StockChanges_OnUnknownProductOrVariant_Answer404()
    {
        var product = await ProductWithStockAsync("STK-404", 1);

        (await _client.PostAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}/stock/adjustments", new { delta = 1, reason = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.PostAsJsonAsync($"/api/v1/products/{product.Id}/stock/adjustments", new { variantId = Guid.NewGuid(), delta = 1, reason = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.PutAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}/stock", new { quantity = 1, reason = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
