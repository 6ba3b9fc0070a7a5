using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Console;

/// <summary>New products and their variants in the console, as a browser posts the forms.</summary>
public sealed class ConsoleProductCreationTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>
{
    private const string NewForm = "name=\"descriptionDe\"";

    [Fact]
    public async Task A_new_product_gets_two_sizes_and_shoppers_find_it()
    {
        var browser = await SignedInAsync();

        var created = await browser.SubmitAsync("/console/products/new", null, new()
        {
            ["sku"] = "GLOVE-BRN", ["nameDe"] = "Lederhandschuhe Braun", ["nameEn"] = "Brown leather gloves",
            ["descriptionDe"] = "Gefüttert und weich.", ["descriptionEn"] = "Lined and soft.", ["price"] = "39,90",
            ["image"] = "images/glove-brn.svg", ["categoryId"] = await CategoryIdAsync("accessoires"), ["stock"] = "5",
        }, formContaining: NewForm);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().Should().EndWith("/console/products/GLOVE-BRN");
        foreach (var size in new[] { "S", "M" })
        {
            (await browser.SubmitAsync("/console/products/GLOVE-BRN", "AddVariant", new()
            {
                ["variantSku"] = $"GLOVE-BRN-{size}", ["optionNameDe"] = "Größe", ["optionNameEn"] = "Size", ["optionValue"] = size, ["variantStock"] = "4",
            })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var product = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/GLOVE-BRN");
        product.GetProperty("price").GetProperty("amount").GetDecimal().Should().Be(39.90m);
        product.GetProperty("variants").EnumerateArray().Select(v => $"{v.GetProperty("sku").GetString()} {v.GetProperty("option").GetProperty("value").GetString()} {v.GetProperty("stock").GetInt32()}")
            .Should().BeEquivalentTo("GLOVE-BRN-S S 4", "GLOVE-BRN-M M 4");
        var hits = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/search?q=lederhandschuhe&lang=de");
        hits.EnumerateArray().First().GetProperty("sku").GetString().Should().Be("GLOVE-BRN");
    }

    [Fact]
    public async Task Refused_values_are_shown_next_to_their_fields_and_create_nothing()
    {
        var browser = await SignedInAsync();
        var category = await CategoryIdAsync("accessoires");

        var badPrice = await browser.SubmitAsync("/console/products/new", null, new()
        {
            ["sku"] = "HAT-1", ["nameDe"] = "Hut", ["price"] = "0", ["categoryId"] = category,
        }, formContaining: NewForm);
        var takenSku = await browser.SubmitAsync("/console/products/new", null, new()
        {
            ["sku"] = "SCARF-GRY", ["nameDe"] = "Noch ein Schal", ["price"] = "10", ["categoryId"] = category,
        }, formContaining: NewForm);
        var noValue = await browser.SubmitAsync("/console/products/SNK-RED", "AddVariant", new()
        {
            ["variantSku"] = "SNK-RED-50", ["optionNameDe"] = "Größe", ["optionValue"] = " ",
        });

        badPrice.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badPrice.Content.ReadAsStringAsync()).Should().MatchRegex("id=\"price\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">The price must be greater than zero");
        takenSku.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await takenSku.Content.ReadAsStringAsync()).Should().MatchRegex("id=\"sku\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">SKU &#39;SCARF-GRY&#39; is already in use");
        noValue.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noValue.Content.ReadAsStringAsync()).Should().MatchRegex("id=\"optionValue\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">A variant needs an option value");
        (await shop.CreateMerchantClient().GetAsync("/api/v1/products/HAT-1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_variants_option_is_changed()
    {
        var browser = await SignedInAsync();
        var product = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/TS-WHT");
        var variant = product.GetProperty("variants").EnumerateArray().First();

        var changed = await browser.SubmitAsync("/console/products/TS-WHT", "UpdateVariant", new()
        {
            ["variantId"] = variant.GetProperty("id").GetString()!, ["optionNameDe"] = "Größe", ["optionNameEn"] = "Size", ["optionValue"] = "XS",
        });

        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/products/TS-WHT");
        after.GetProperty("variants").EnumerateArray().First().GetProperty("option").GetProperty("value").GetString().Should().Be("XS");
    }

    private async Task<string> CategoryIdAsync(string slug)
    {
        var categories = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/categories");
        return categories.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == slug).GetProperty("id").GetString()!;
    }

    private async Task<ConsoleBrowser> SignedInAsync()
    {
        var browser = new ConsoleBrowser(shop);
        (await browser.SignInAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }
}
