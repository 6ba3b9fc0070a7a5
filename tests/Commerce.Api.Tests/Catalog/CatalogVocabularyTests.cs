using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Catalog;

/// <summary>The recogniser learns a new product's words as soon as the merchant adds it.</summary>
public sealed class CatalogVocabularyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    [Fact]
    public async Task Parse_AfterTheMerchantAddsAProductOfANewTrade_TakesItsNameIntoTheQuery()
    {
        var before = await ParseAsync("kastenwagen?");

        var category = await _client.CreateCategoryAsync("lastenraeder", "Lastenräder");
        await _client.CreateProductAsync(new
        {
            sku = "KW-1", categoryId = category.Id, name = new { de = "Kastenwagen Holz", en = "Wooden box cart" },
            price = new { amount = 2990, currency = "EUR" },
        });
        var after = await ParseAsync("kastenwagen?");
        var added = await ParseAsync("2 kastenwagen in den korb");

        before.GetProperty("intent").GetString().Should().Be("unknown", "no word of the catalog names it yet");
        after.GetProperty("intent").GetString().Should().Be("search_products");
        after.GetProperty("entities").GetProperty("query").GetString().Should().Be("kastenwagen");
        added.GetProperty("intent").GetString().Should().Be("add_to_cart");
        added.GetProperty("entities").GetProperty("quantity").GetInt32().Should().Be(2);
    }

    private async Task<JsonElement> ParseAsync(string text)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/nlu/parse", new { text });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
