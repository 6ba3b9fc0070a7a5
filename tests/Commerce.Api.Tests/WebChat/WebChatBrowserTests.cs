using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Api.Tests.WebChat;

/// <summary>The shopper's web chat page in a real (headless) Chromium against the API on Kestrel with the demo catalog.</summary>
public sealed class WebChatBrowserTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>, IAsyncLifetime
{
    // The bot answers asynchronously (inbox -> turn -> outbox -> long-poll), so allow more than Playwright's 5 s.
    private const float ReplyTimeoutMs = 30_000;

    private readonly List<string> _pageErrors = [];
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(ReplyTimeoutMs);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task Shopper_SearchesSneakers_PicksASize_AndSeesTheCartTotal()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-cart-failure.png", async () =>
        {
            await SendAsync(page, "sneaker");
            await Expect(page.GetByTestId("message-shopper").Last).ToContainTextAsync("sneaker");

            var firstCard = page.GetByTestId("product-card").First;
            await Expect(firstCard).ToBeVisibleAsync();
            var price = (await firstCard.Locator(".card-price").InnerTextAsync()).Trim();
            price.Should().MatchRegex(@"^\d+,\d\d\s€$", "the demo shop shows German prices by default");

            await firstCard.GetByTestId("card-action").Filter(new() { HasTextRegex = new Regex("In den Warenkorb|Add to cart") }).ClickAsync();

            var sizes = page.GetByTestId("quick-reply");
            await Expect(sizes.First).ToBeVisibleAsync();
            var size = (await sizes.First.InnerTextAsync()).Trim();
            await sizes.First.ClickAsync();

            await Expect(page.GetByTestId("message-shopper").Last).ToContainTextAsync(size);
            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync(new Regex("im Warenkorb|to your cart"));
            await Expect(page.GetByTestId("cart-total")).ToHaveTextAsync(price);
            await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");

            await page.Mouse.MoveAsync(0, 0); // no hover highlight in the picture
            var screenshot = HeadlessChromium.ArtifactPath("webchat-cart.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, Animations = ScreenshotAnimations.Disabled });
            output.WriteLine($"Screenshot: {screenshot}");
        });
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Shopper_PaysInTheSandbox_AndSeesTheReceiptInTheChat()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "sandbox-payment-failure.png", async () =>
        {
            await SendAsync(page, "2 socken in den warenkorb");
            await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("2");
            await SendAsync(page, "zur kasse");

            var payLink = page.Locator("a.link-button").Last;
            await Expect(payLink).ToBeVisibleAsync();
            var href = await payLink.GetAttributeAsync("href");
            href.Should().Contain("/pay/");

            var payment = await page.Context.NewPageAsync();
            await payment.GotoAsync(href!);
            await Expect(payment.GetByRole(AriaRole.Note)).ToContainTextAsync("no money moves");
            await payment.GetByLabel("Name").FillAsync("Erika Mustermann");
            await payment.GetByLabel("Straße und Hausnummer / Street and number").FillAsync("Torstraße 1");
            await payment.GetByLabel("PLZ / Postcode").FillAsync("10119");
            await payment.GetByLabel("Ort / City").FillAsync("Berlin");
            await payment.GetByTestId("sandbox-pay").ClickAsync();
            await Expect(payment.Locator("h1")).ToHaveTextAsync("Danke!");
            await Expect(payment.GetByTestId("pay-result")).ToContainTextAsync("25,80 €");
            await Expect(payment.GetByRole(AriaRole.Link, new() { Name = "Zurück zum Chat" })).ToHaveAttributeAsync("href", new Regex("/chat$"));
            await payment.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("sandbox-paid.png") });

            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync("ist bezahlt");
            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync("2 × Socken 3er-Pack");
        });
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task ProductCards_ShowTheProductPictures()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-pictures-failure.png", async () =>
        {
            await SendAsync(page, "sneaker");

            var picture = page.GetByTestId("product-card").First.Locator("img.card-image");
            // The page swaps a picture that fails to load for a placeholder, so a broken image URL leaves no <img>.
            await Expect(picture).ToHaveCountAsync(1);
            await Expect(picture).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
        });
    }

    [Fact]
    public async Task Shopper_WhoIsNotUnderstood_GetsWaysOnAsButtons_AndTheirTapWorks()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-recovery-failure.png", async () =>
        {
            await SendAsync(page, "blorf quizzle wumpatz");

            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync("nicht ganz verstanden");
            var options = page.GetByTestId("quick-reply");
            (await options.CountAsync()).Should().BeInRange(2, 3);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("webchat-recovery.png"), Animations = ScreenshotAnimations.Disabled });
            await options.Filter(new() { HasText = "Kategorien" }).ClickAsync();
            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync("Sortiment");
        });
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Shopper_AsksAboutASize_AndSeesTheAnswerWithTheProduct()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-question-failure.png", async () =>
        {
            await SendAsync(page, "habt ihr die roten sneaker in 45?");

            await Expect(page.GetByTestId("message-bot").Last).ToContainTextAsync("Sneaker Rot in 45 ist leider ausverkauft");
            await Expect(page.GetByTestId("product-card")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("product-card").First).ToContainTextAsync("Sneaker Rot");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("webchat-product-question.png"), Animations = ScreenshotAnimations.Disabled });
        });
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task RemovedLinesRetireTheirButtons_AndAPersonFromTheTeamLooksDifferent()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-stale-failure.png", async () =>
        {
            await SendAsync(page, "2 socken in den warenkorb");
            await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("2");
            await SendAsync(page, "1 basecap in den warenkorb");
            await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("3");
            await SendAsync(page, "was ist in meinem warenkorb?");
            var removeSocks = page.Locator(".cart-part button.remove").Filter(new() { HasText = "Entfernen" }).First;
            await Expect(removeSocks).ToBeEnabledAsync();

            await removeSocks.ClickAsync();
            await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");
            await Expect(removeSocks).ToBeDisabledAsync();

            var sessionId = await page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('nordlicht.chat.v1')).sessionId");
            var conversationId = Guid.Empty;
            await api.WithDbAsync(async db => conversationId = await db.Conversations.Where(c => c.SenderId == sessionId).Select(c => c.Id).SingleAsync());
            var reply = await api.CreateMerchantClient().PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text = "Hallo, hier ist Lena vom Team." });
            reply.EnsureSuccessStatusCode();

            var fromPerson = page.Locator(".message.person");
            await Expect(fromPerson).ToContainTextAsync("Hallo, hier ist Lena vom Team.");
            await Expect(fromPerson.Locator(".sender")).ToHaveTextAsync("Nordlicht-Team");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ArtifactPath("webchat-person.png"), Animations = ScreenshotAnimations.Disabled });
        });
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Page_ShowsMarkupFromAShopperAsPlainText()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var page = await OpenChatAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await RecordFailureAsync(page, "webchat-escape-failure.png", async () =>
        {
            await SendAsync(page, markup);

            await Expect(page.GetByTestId("message-shopper").Last.Locator(".bubble")).ToHaveTextAsync(markup);
            // Whatever the bot answers (it may quote the text back) is rendered as text, too.
            await Expect(page.GetByTestId("message-bot").First).ToBeVisibleAsync();
            await Expect(page.Locator("#messages .bubble img")).ToHaveCountAsync(0);
        });
        dialogs.Should().Be(0);
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task TooManyMessages_ShowsASlowDownNotice_AndSendsAfterRetryAfter()
    {
        var page = await OpenChatAsync();
        var posts = 0;
        // The server's first answer to the message is 429 with Retry-After, as when the shopper typed too fast.
        await page.RouteAsync("**/api/chat/sessions/*/messages", async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Increment(ref posts) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 429,
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
                    ContentType = "application/problem+json",
                    Body = """{"status":429,"title":"Too many requests."}""",
                });
                return;
            }

            await route.ContinueAsync();
        });
        await RecordFailureAsync(page, "webchat-slow-down-failure.png", async () =>
        {
            await SendAsync(page, "hallo");

            await Expect(page.Locator("#notice")).ToBeVisibleAsync();
            await Expect(page.Locator("#notice")).ToContainTextAsync("Nicht so schnell");
            await Expect(page.GetByTestId("message-bot").First).ToBeVisibleAsync();
            await Expect(page.Locator("#notice")).ToBeHiddenAsync();
            await Expect(page.Locator(".message.shopper.failed")).ToHaveCountAsync(0);
        });
        posts.Should().Be(2, "the message was sent again once, after Retry-After");
        _pageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Shopper_AsksWhatShippingCosts_AndReadsTheShopsAnswerWithTheOtherTopics()
    {
        var page = await OpenChatAsync();
        await RecordFailureAsync(page, "webchat-shop-info-failure.png", async () =>
        {
            await SendAsync(page, "was kostet der versand?");

            // The demo shop's shipping text, seeded from demo/demo-catalog.json (shopInfo) at start-up.
            await Expect(page.GetByTestId("message-bot").Filter(new() { HasText = "ab 50 € Bestellwert ist er kostenlos" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("quick-reply").Filter(new() { HasText = "Rückgabe" })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("quick-reply").Filter(new() { HasText = "Versand" })).ToHaveCountAsync(0);

            await page.GetByTestId("quick-reply").Filter(new() { HasText = "Rückgabe" }).ClickAsync();
            await Expect(page.GetByTestId("message-bot").Filter(new() { HasText = "innerhalb von 30 Tagen" })).ToBeVisibleAsync();

            await page.Mouse.MoveAsync(0, 0);
            var screenshot = HeadlessChromium.ArtifactPath("webchat-shop-info.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, Animations = ScreenshotAnimations.Disabled });
            output.WriteLine($"Screenshot: {screenshot}");
        });
        _pageErrors.Should().BeEmpty();
    }

    private async Task<IPage> OpenChatAsync()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 860 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                output.WriteLine($"console: {message.Text}");
        };
        await page.GotoAsync(new Uri(api.BaseAddress, "/chat").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nordlicht Store" })).ToBeVisibleAsync();
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var send = page.GetByTestId("chat-send");
        await Expect(send).ToBeDisabledAsync();
        await page.GetByTestId("chat-input").FillAsync(text);
        await Expect(send).ToBeEnabledAsync();
        await send.ClickAsync();
        await Expect(page.GetByTestId("chat-input")).ToHaveValueAsync("");
    }

    /// <summary>On failure, keeps a screenshot of what the shopper saw next to the test output.</summary>
    private async Task RecordFailureAsync(IPage page, string fileName, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            var path = HeadlessChromium.ArtifactPath(fileName);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"Failure screenshot: {path}");
            throw;
        }
    }
}
