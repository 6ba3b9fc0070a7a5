using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Api.Tests.Console;

/// <summary>
/// A return and a new product in headless Chromium, fields found by their labels and buttons by their text.
/// Screenshots of the return form and the new-product form land in the test output's artifacts folder (copied to docs/).
/// </summary>
public sealed class ConsoleReturnAndCatalogBrowserTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>, IAsyncLifetime
{
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(20_000);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task The_owner_returns_one_line_of_a_delivered_order_and_the_shopper_is_told()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var scarfStock = await StockAsync("SCARF-GRY");

        await WithSignedInPageAsync("console-return-failure.png", async page =>
        {
            await page.GotoAsync(new Uri(api.BaseAddress, $"/console/orders/{number}").ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = "Rücksendung erfassen" }).ClickAsync();
            await page.GetByLabel("Schal Grau (SCARF-GRY)").FillAsync("1");
            await Expect(page.GetByLabel("Zurückgekommene Artikel wieder in den Bestand nehmen")).ToBeCheckedAsync();
            await FullPageShotAsync(page, "console-return.png");
            await page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Prüfung" }).ClickAsync();

            await Expect(page.Locator("[data-refund]")).ToHaveTextAsync("49,00 €");
            await page.GetByLabel("Ich bestätige diese Aktion").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "49,00 € erstatten und Rücksendung buchen" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("informiert");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("PartlyReturned");
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "1 × Schal Grau (SCARF-GRY)", Exact = true })).ToBeVisibleAsync();
        });

        (await StockAsync("SCARF-GRY")).Should().Be(scarfStock + 1, "the scarf went back on the shelf");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Rücksendung zu Bestellung {number}").And.Contain("49,00 €");
    }

    [Fact]
    public async Task The_owner_creates_a_product_with_two_sizes_that_shoppers_then_find()
    {
        await WithSignedInPageAsync("console-new-product-failure.png", async page =>
        {
            await page.GotoAsync(new Uri(api.BaseAddress, "/console/products").ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = "Neues Produkt" }).ClickAsync();
            await page.GetByLabel("Artikelnummer (SKU)").FillAsync("HAT-WOOL");
            await page.GetByLabel("Name (Deutsch)", new() { Exact = true }).FillAsync("Wollhut Anthrazit");
            await page.GetByLabel("Name (Englisch)", new() { Exact = true }).FillAsync("Charcoal wool hat");
            await page.GetByLabel("Beschreibung (Deutsch)").FillAsync("Filzhut aus reiner Schurwolle.");
            await page.GetByLabel("Beschreibung (Englisch)").FillAsync("Felt hat of pure new wool.");
            await page.GetByLabel("Preis (EUR)").FillAsync("54,90");
            await page.GetByLabel("Bild (Pfad oder URL)").FillAsync("images/hat-wool.svg");
            await page.GetByLabel("Kategorie").SelectOptionAsync(new SelectOptionValue { Label = "Accessoires" });
            await page.GetByLabel("Anfangsbestand").FillAsync("0");
            await FullPageShotAsync(page, "console-new-product.png");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anlegen" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/console/products/HAT-WOOL$"));
            foreach (var (size, stock) in new[] { ("S", "3"), ("M", "6") })
            {
                var add = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Variante hinzufügen" }) });
                await add.GetByLabel("Artikelnummer der Variante").FillAsync($"HAT-WOOL-{size}");
                await add.GetByLabel("Optionsname (Deutsch), z. B. Größe").FillAsync("Größe");
                await add.GetByLabel("Optionsname (Englisch), z. B. Size").FillAsync("Size");
                await add.GetByLabel("Wert, z. B. 42 oder M").FillAsync(size);
                await add.GetByLabel("Bestand der Variante").FillAsync(stock);
                await add.GetByRole(AriaRole.Button, new() { Name = "Variante hinzufügen" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gespeichert");
            }

            await Expect(page.Locator("[data-variants] tbody tr")).ToHaveCountAsync(2);
            await page.GetByRole(AriaRole.Link, new() { Name = "Katalog" }).ClickAsync();
            await page.GetByLabel("Suche").FillAsync("wollhut");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
            await Expect(page.Locator("a[href='/console/products/HAT-WOOL']").First).ToBeVisibleAsync();
        });

        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var chat = new ChatClient(http);
        await chat.StartAsync();
        ChatClient.AllText(await chat.SayAsync("habt ihr einen wollhut?")).Should().Contain("Wollhut Anthrazit");
        var product = await Merchant().GetFromJsonAsync<JsonElement>("/api/v1/products/HAT-WOOL");
        product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()).Should().BeEquivalentTo("HAT-WOOL-S", "HAT-WOOL-M");
    }

    private async Task WithSignedInPageAsync(string failureShot, Func<IPage, Task> steps)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = 1200, Height = 1100 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(api.BaseAddress, "/console/login").ToString());
            await page.GetByLabel("E-Mail").FillAsync(ApiFactory.OwnerEmail);
            await page.GetByLabel("Passwort").FillAsync(ApiFactory.OwnerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(new Regex("/console/login"));
            await steps(page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath(failureShot), FullPage = true });
            output.WriteLine($"Failure screenshot: {HeadlessChromium.ArtifactPath(failureShot)}");
            throw;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A screenshot of the viewport, tall enough for the whole form: after a full-page screenshot that had to
    /// stretch the page, headless Chromium's next click lands beside its target.</summary>
    private static async Task FullPageShotAsync(IPage page, string fileName) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath(fileName) });

    private HttpClient Merchant()
    {
        var client = new HttpClient { BaseAddress = api.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.MerchantKey);
        return client;
    }

    private async Task<int> StockAsync(string sku) =>
        (await Merchant().GetFromJsonAsync<JsonElement>($"/api/v1/products/{sku}")).GetProperty("stock").GetInt32();

    /// <summary>Two packs of socks and a scarf bought in the web chat, paid on the sandbox page, shipped and delivered.</summary>
    private async Task<(ChatClient Chat, string Number)> DeliveredOrderAsync()
    {
        var http = new HttpClient { BaseAddress = api.BaseAddress };
        var chat = new ChatClient(http);
        await chat.StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 schal in den warenkorb");
        var link = await chat.CheckoutAsync();
        var number = ShopQueries.OrderNumberIn(link);
        var pay = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.BaseAddress }
            .GetAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
        using var sandbox = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = api.BaseAddress };
        await SandboxPage.PressAsync(sandbox, pay.Headers.Location!.ToString(), "pay");
        await chat.NextReplyAsync(); // the receipt
        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" })).EnsureSuccessStatusCode();
        await chat.NextReplyAsync();
        (await Merchant().PostAsync($"/api/v1/orders/{number}/deliver", null)).EnsureSuccessStatusCode();
        await chat.NextReplyAsync();
        return (chat, number);
    }
}
