using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Import;

namespace Commerce.Api.Tests.Catalog;

public sealed class ImportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    private static JsonObject DemoCatalog() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo", "demo-catalog.json")))!.AsObject();

    private async Task<HttpResponseMessage> ImportAsync(JsonNode body) =>
        await _client.PostAsync("/api/v1/catalog/import", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Import_OfTheDemoCatalog_CreatesEverythingAndASecondRunChangesNothing()
    {
        var first = await ImportAsync(DemoCatalog());
        var second = await ImportAsync(DemoCatalog());

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var created = (await first.Content.ReadFromJsonAsync<ImportReport>())!;
        created.Should().BeEquivalentTo(new { Created = 40, Updated = 0, Unchanged = 0, Categories = new ImportCounts(8, 0, 0) });
        var repeated = (await second.Content.ReadFromJsonAsync<ImportReport>())!;
        repeated.Should().BeEquivalentTo(new { Created = 0, Updated = 0, Unchanged = 40, Categories = new ImportCounts(0, 0, 8) });

        var sneaker = await _client.GetProductAsync("SNK-RED");
        sneaker.Price.Should().Be(new MoneyDto(59.90m, "EUR"));
        sneaker.Name.En.Should().Be("Red sneakers");
        sneaker.Image.Should().Be("images/snk-red.svg");
        sneaker.ImageUrl.Should().Be("http://localhost:5080/images/snk-red.svg");
        sneaker.Variants.Should().Contain(v => v.Sku == "SNK-RED-38" && v.Stock == 5 && v.Option.Name.En == "Size");
    }

    [Fact]
    public async Task Import_WithAChangedPriceAndStock_UpdatesOnlyThatProduct()
    {
        await ImportAsync(DemoCatalog());
        var changed = DemoCatalog();
        var tote = changed["products"]!.AsArray().Single(p => (string?)p!["sku"] == "BAG-TOTE")!;
        tote["price"]!["amount"] = "16.90";
        tote["stock"] = 99;

        var response = await ImportAsync(changed);

        (await response.Content.ReadFromJsonAsync<ImportReport>())!.Should().BeEquivalentTo(new { Created = 0, Updated = 1, Unchanged = 39 });
        var stored = await _client.GetProductAsync("BAG-TOTE");
        stored.Price.Amount.Should().Be(16.90m);
        stored.Stock.Should().Be(99);
    }

    [Fact]
    public async Task Import_WithANewVariantAndARenamedCategory_UpdatesThem()
    {
        await ImportAsync(DemoCatalog());
        var changed = DemoCatalog();
        changed["categories"]![0]!["name"] = "Schuhe & Stiefel";
        var sneaker = changed["products"]!.AsArray().Single(p => (string?)p!["sku"] == "SNK-BLK")!;
        sneaker["variants"]!.AsArray().Add(new JsonObject
        {
            ["sku"] = "SNK-BLK-48",
            ["option"] = new JsonObject { ["name"] = "Größe", ["name_en"] = "Size", ["value"] = "48" },
            ["stock"] = 1,
        });

        var response = await ImportAsync(changed);

        var report = (await response.Content.ReadFromJsonAsync<ImportReport>())!;
        report.Should().BeEquivalentTo(new { Created = 0, Updated = 1, Categories = new ImportCounts(0, 1, 7) });
        (await _client.GetProductAsync("SNK-BLK")).Variants.Should().Contain(v => v.Sku == "SNK-BLK-48" && v.Stock == 1);
    }

    [Fact]
    public async Task Import_WhenAVariantSkuBelongsToAnotherProduct_IsRefused()
    {
        await ImportAsync(DemoCatalog());
        var changed = DemoCatalog();
        var tee = changed["products"]!.AsArray().Single(p => (string?)p!["sku"] == "TS-WHT")!;
        tee["variants"]![0]!["sku"] = "SNK-RED-38";

        var response = await ImportAsync(changed);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Single().Name.Should().MatchRegex(@"^products\[\d+\]\.variants\[0\]\.sku$");
    }
}
