using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Catalog;

/// <summary>The merchant's own words for a product: the chat understands and finds the product by them.</summary>
public sealed class ProductSynonymsTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    private readonly HttpClient _merchant = factory.CreateMerchantClient();

    [Fact]
    public async Task Synonyms_SetByTheMerchant_AreUnderstoodAndFoundInTheChat()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var before = await chat.SayAsync("habt ihr zapatillas?");
        var id = await IdOfAsync("SNK-WHT");

        var set = await _merchant.PutAsJsonAsync($"/api/v1/products/{id}/synonyms", new { synonyms = new[] { "Zapatillas", "kicks" } });
        var after = await ParseAsync("habt ihr zapatillas?");
        var reply = await chat.SayAsync("habt ihr zapatillas?");

        set.StatusCode.Should().Be(HttpStatusCode.OK);
        (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("synonyms").EnumerateArray().Select(s => s.GetString())
            .Should().Equal("Zapatillas", "kicks");
        ChatClient.AllText(before).Should().NotContain("Sneaker Weiß", "no word of the catalog names them yet");
        after.GetProperty("intent").GetString().Should().Be("search_products");
        after.GetProperty("entities").GetProperty("query").GetString().Should().Be("zapatillas");
        reply.Single(p => p.GetProperty("type").GetString() == "carousel").GetProperty("cards")[0].GetProperty("title").GetString()
            .Should().Be("Sneaker Weiß");
    }

    [Theory]
    [InlineData("""{"synonyms":null}""")]
    [InlineData("""{"synonyms":["a,b"]}""")]
    [InlineData("""{"synonyms":["x\u0000y"]}""")]
    [InlineData("""{"synonyms":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]}""")]
    [InlineData("""{"synonyms":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18","19","20","21"]}""")]
    public async Task BadSynonyms_Are400NamingTheField_AndChangeNothing(string body)
    {
        var id = await IdOfAsync("CAP-BLK");
        (await _merchant.PutAsJsonAsync($"/api/v1/products/{id}/synonyms", new { synonyms = new[] { "schirmmütze" } })).EnsureSuccessStatusCode();

        var response = await _merchant.PutAsync($"/api/v1/products/{id}/synonyms", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("synonyms");
        (await ProductAsync("CAP-BLK")).GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).Should().Equal("schirmmütze");
    }

    [Fact]
    public async Task Synonyms_OfAnUnknownProduct_Are404()
    {
        var response = await _merchant.PutAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}/synonyms", new { synonyms = new[] { "x" } });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnImport_SetsSynonyms_AndOneWithoutThemKeepsTheMerchants()
    {
        const string withSynonyms = """{"categories":[{"slug":"fahrrad","name":"Fahrräder"}],"products":[{"sku":"BIKE-CARGO","category":"fahrrad","name":"Lastenrad","price":{"amount":"2499.00","currency":"EUR"},"stock":2,"synonyms":["cargobike","bakfiets"]}]}""";
        const string without = """{"categories":[{"slug":"fahrrad","name":"Fahrräder"}],"products":[{"sku":"BIKE-CARGO","category":"fahrrad","name":"Lastenrad","price":{"amount":"2599.00","currency":"EUR"},"stock":2}]}""";

        (await _merchant.PostAsync("/api/v1/catalog/import", new StringContent(withSynonyms, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await _merchant.PostAsync("/api/v1/catalog/import", new StringContent(without, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var product = await ProductAsync("BIKE-CARGO");
        product.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).Should().Equal("cargobike", "bakfiets");
        product.GetProperty("price").GetProperty("amount").GetDecimal().Should().Be(2599.00m);
        (await ParseAsync("habt ihr ein bakfiets")).GetProperty("entities").GetProperty("query").GetString().Should().Be("bakfiets");
    }

    private async Task<string> IdOfAsync(string sku) => (await ProductAsync(sku)).GetProperty("id").GetString()!;

    private async Task<JsonElement> ProductAsync(string sku) => await _merchant.GetFromJsonAsync<JsonElement>($"/api/v1/products/{sku}");

    private async Task<JsonElement> ParseAsync(string text)
    {
        var response = await _merchant.PostAsJsonAsync("/api/v1/nlu/parse", new { text });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
