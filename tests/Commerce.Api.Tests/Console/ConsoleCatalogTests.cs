using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Console;

/// <summary>The catalog in the console: edit, stock with a reason, archive, import — and what shoppers then find.</summary>
public sealed class ConsoleCatalogTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task Products_are_searched_and_filtered_by_category()
    {
        var browser = await SignedInAsync();

        var found = await browser.PageAsync("/console/products?q=sonnenbrille");
        var shoes = await browser.PageAsync("/console/products?category=schuhe");

        found.Should().Contain("/console/products/SUN-TORT").And.NotContain("/console/products/SNK-RED\"");
        shoes.Should().Contain("/console/products/SNK-RED").And.NotContain("/console/products/SUN-TORT");
    }

    [Fact]
    public async Task An_edited_name_and_price_are_what_shoppers_find_next()
    {
        var browser = await SignedInAsync();

        var saved = await browser.SubmitAsync("/console/products/SCARF-GRY", "Save", new()
        {
            ["nameDe"] = "Kuschelschal Grau", ["nameEn"] = "Cosy grey scarf", ["descriptionDe"] = "Weich und warm.",
            ["descriptionEn"] = "Soft and warm.", ["price"] = "24,50", ["image"] = "",
        }, formContaining: "name=\"version\"");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var product = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/SCARF-GRY");
        product.GetProperty("name").GetProperty("de").GetString().Should().Be("Kuschelschal Grau");
        product.GetProperty("price").GetProperty("amount").GetDecimal().Should().Be(24.50m);
        var hits = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/search?q=kuschelschal&lang=de");
        hits.EnumerateArray().First().GetProperty("sku").GetString().Should().Be("SCARF-GRY");
    }

    [Fact]
    public async Task A_bad_price_is_shown_next_to_its_field_and_changes_nothing()
    {
        var browser = await SignedInAsync();
        var before = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/BELT-BRN");

        var refused = await browser.SubmitAsync("/console/products/BELT-BRN", "Save", new()
        {
            ["nameDe"] = "Gürtel", ["price"] = "zwölf", ["descriptionDe"] = "x",
        }, formContaining: "name=\"version\"");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().MatchRegex("id=\"price\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">Bitte einen Preis");
        var after = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/BELT-BRN");
        after.GetProperty("name").GetProperty("de").GetString().Should().Be(before.GetProperty("name").GetProperty("de").GetString());
    }

    [Fact]
    public async Task Stock_of_a_size_changes_with_a_reason_and_archiving_hides_the_product_from_shoppers()
    {
        var browser = await SignedInAsync();
        var product = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/SNK-WHT");
        var size42 = product.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("sku").GetString() == "SNK-WHT-42");

        var noReason = await browser.SubmitAsync("/console/products/SNK-WHT", "Stock", new() { ["target"] = size42.GetProperty("id").GetString()!, ["delta"] = "5", ["reason"] = "" });
        var adjusted = await browser.SubmitAsync("/console/products/SNK-WHT", "Stock", new() { ["target"] = size42.GetProperty("id").GetString()!, ["delta"] = "+5", ["reason"] = "Nachlieferung" });

        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        adjusted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/SNK-WHT");
        after.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("sku").GetString() == "SNK-WHT-42").GetProperty("stock").GetInt32()
            .Should().Be(size42.GetProperty("stock").GetInt32() + 5);

        (await browser.SubmitAsync("/console/products/SNK-WHT", "Status", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var hits = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/search?q=sneaker%20weiss&lang=de");
        hits.EnumerateArray().Select(h => h.GetProperty("sku").GetString()).Should().NotContain("SNK-WHT");
    }

    [Fact]
    public async Task A_catalog_file_is_imported_with_a_summary_and_a_bad_one_imports_nothing()
    {
        var browser = await SignedInAsync();
        var good = """{"categories":[{"slug":"fahrrad","name":"Fahrräder"}],"products":[{"sku":"BIKE-CITY","category":"fahrrad","name":"Stadtrad","description":"Sieben Gänge.","price":{"amount":"499.00","currency":"EUR"},"stock":3}]}""";
        var bad = """{"products":[{"sku":"BIKE-BAD","category":"fahrrad","name":"","price":{"amount":"-1","currency":"EUR"}}]}""";

        var imported = await browser.UploadAsync("/console/products", "Import", "file", "bikes.json", Encoding.UTF8.GetBytes(good));
        var refused = await browser.UploadAsync("/console/products", "Import", "file", "bad.json", Encoding.UTF8.GetBytes(bad));

        imported.StatusCode.Should().Be(HttpStatusCode.OK);
        (await imported.Content.ReadAsStringAsync()).Should().Contain("Import: 1 neu, 0 geändert");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("products[0]");
        (await shop.CreateMerchantClient().GetAsync("/api/v1/products/BIKE-CITY")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await shop.CreateMerchantClient().GetAsync("/api/v1/products/BIKE-BAD")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<ConsoleBrowser> SignedInAsync()
    {
        var browser = new ConsoleBrowser(shop);
        (await browser.SignInAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }
}
