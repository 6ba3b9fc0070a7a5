using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Console;

/// <summary>The shop information in the console: texts per topic and language, saved for the chat; refused ones shown at their field.</summary>
public sealed class ConsoleShopInfoTests(ApiFactory shop) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_edited_text_is_saved_and_shown_again()
    {
        var browser = await SignedInAsync();

        var saved = await browser.SubmitAsync("/console/shop-info", null, Fields(("returns.de", "Rückgabe innerhalb von 30 Tagen."), ("returns.en", "Returns within 30 days.")),
            formContaining: "Texts[");
        var page = await browser.PageAsync("/console/shop-info");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Should().Contain("Rückgabe innerhalb von 30 Tagen.").And.Contain("<label for=\"returns-de\">Rückgabe (Deutsch)</label>");
        var info = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/shop-info");
        info.GetProperty("returns").GetProperty("en").GetString().Should().Be("Returns within 30 days.");
    }

    [Fact]
    public async Task A_refused_text_is_shown_next_to_its_field_and_changes_nothing()
    {
        var browser = await SignedInAsync();
        await browser.SubmitAsync("/console/shop-info", null, Fields(("contact.de", "service@nordlicht.example")), formContaining: "Texts[");

        var refused = await browser.SubmitAsync("/console/shop-info", null,
            Fields(("contact.de", "neu"), ("payment.en", "PayPal only")), formContaining: "Texts[");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.Should().MatchRegex("id=\"payment-de\"[^>]*>[^<]*</textarea>\\s*<div class=\"field-error\" role=\"alert\">The German text is required");
        var info = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/shop-info");
        info.GetProperty("contact").GetProperty("de").GetString().Should().Be("service@nordlicht.example");
    }

    [Fact]
    public async Task The_navigation_links_to_the_page()
    {
        var browser = await SignedInAsync();

        var dashboard = await browser.PageAsync("/console");

        dashboard.Should().Contain("<a href=\"/console/shop-info\"");
    }

    private static Dictionary<string, string> Fields(params (string Field, string Text)[] texts)
    {
        var fields = new Dictionary<string, string>();
        foreach (var topic in new[] { "shipping", "delivery", "returns", "payment", "contact" })
        {
            foreach (var language in new[] { "de", "en" })
                fields[$"Texts[{topic}.{language}]"] = "";
        }
        foreach (var (field, text) in texts)
            fields[$"Texts[{field}]"] = text;
        return fields;
    }

    private async Task<ConsoleBrowser> SignedInAsync()
    {
        var browser = new ConsoleBrowser(shop);
        (await browser.SignInAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }
}
