using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Api.Tests.Console;

/// <summary>
/// The console in headless Chromium, found as a person finds things: fields by their labels, buttons by their text.
/// Screenshots of the dashboard, an order and a chat land in the test output's artifacts folder (copied to docs/).
/// </summary>
public sealed class ConsoleBrowserTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>, IAsyncLifetime
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
    public async Task The_owner_signs_in_fulfils_a_chat_order_and_answers_a_waiting_chat()
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var chat = new ChatClient(http);
        await chat.StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        var link = await chat.CheckoutAsync();
        var number = ShopQueries.OrderNumberIn(link);
        var pay = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.BaseAddress }
            .GetAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
        using var sandbox = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = api.BaseAddress };
        await SandboxPage.PressAsync(sandbox, pay.Headers.Location!.ToString(), "pay");
        await chat.NextReplyAsync(); // the receipt
        await chat.SayAsync("<b>hallo</b> ich brauche einen menschen");

        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };
        try
        {
            await page.GotoAsync(new Uri(api.BaseAddress, "/console/orders").ToString());
            await Expect(page).ToHaveURLAsync(new Regex("/console/login"));
            await page.GetByLabel("E-Mail").FillAsync(ApiFactory.OwnerEmail);
            await page.GetByLabel("Passwort").FillAsync(ApiFactory.OwnerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/console/orders$"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Übersicht" }).ClickAsync();
            await Expect(page.GetByTestId("orders-today")).Not.ToHaveTextAsync("0");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-dashboard.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "Bestellungen" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Bestellung {number} · Paid");
            await page.GetByLabel("Versanddienst").FillAsync("DHL");
            await page.GetByLabel("Sendungsnummer").FillAsync("00340434161094042557");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-order.png"), FullPage = true });
            await page.Locator("form", new() { HasText = "Versenden" }).GetByLabel("Ich bestätige diese Aktion").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Versenden" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("informiert");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Fulfilled");
            ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("00340434161094042557", "the shopper is told in the chat");

            await page.GetByRole(AriaRole.Link, new() { Name = "Chats" }).ClickAsync();
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "wartet auf eine Person" }).First
                .GetByRole(AriaRole.Link, new() { Name = "Chat öffnen" }).ClickAsync();
            await Expect(page.Locator(".msg.shopper").Last).ToContainTextAsync("<b>hallo</b>");
            await page.GetByLabel("Antwort").FillAsync("Hallo! Hier ist Jana vom Team – wie kann ich helfen?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Als Person antworten" }).ClickAsync();
            await Expect(page.Locator(".msg.person").Last).ToContainTextAsync("Hier ist Jana vom Team");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-conversation.png"), FullPage = true });
            ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("Hier ist Jana vom Team");

            // The shopper writes again while the page stays open: it appears without a reload.
            var loads = 0;
            page.Load += (_, _) => loads++;
            (await chat.PostAsync("Danke Jana, ich hätte gern die Socken in Größe 43-46")).EnsureSuccessStatusCode();
            await Expect(page.Locator(".msg.shopper").Last).ToContainTextAsync("Größe 43-46");
            loads.Should().Be(0, "the chat updated itself through the event stream");

            await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/console/login"));
            scriptErrors.Should().BeEmpty("the console runs no script that could fail or be refused by its CSP");
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-failure.png"), FullPage = true });
            output.WriteLine($"Failure screenshot: {HeadlessChromium.ArtifactPath("console-failure.png")}");
            throw;
        }
    }

    [Fact]
    public async Task The_owner_edits_the_shipping_text_and_the_chat_answers_with_it()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(api.BaseAddress, "/console/login").ToString());
            await page.GetByLabel("Email").FillAsync(ApiFactory.OwnerEmail);
            await page.GetByLabel("Password").FillAsync(ApiFactory.OwnerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Shop information" }).ClickAsync();

            // The demo shop's texts are there to edit, one field per topic and language.
            await Expect(page.GetByLabel("Shipping (German)")).ToContainTextAsync("4,90 €");
            await page.GetByLabel("Shipping (English)").FillAsync("Shipping is free on every order this week.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
            await Expect(page.GetByLabel("Shipping (English)")).ToHaveValueAsync("Shipping is free on every order this week.");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-shop-info.png"), FullPage = true });
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("console-shop-info-failure.png"), FullPage = true });
            throw;
        }

        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var chat = new ChatClient(http);
        await chat.StartAsync();
        var answer = await chat.SayAsync("how much is shipping to austria");
        ChatClient.AllText(answer).Should().Contain("Shipping is free on every order this week.");
    }
}
