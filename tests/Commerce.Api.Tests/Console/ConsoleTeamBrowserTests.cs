using System.Text;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Api.Tests.Console;

/// <summary>
/// The rest of the console's flows in headless Chromium, as people do them: the owner adds a team member, the member
/// locks themselves out and is let in later, cannot manage the team, edits the catalog, adjusts stock, imports a
/// file and answers a chat whose shopper tried to inject markup, then hands it back to the bot.
/// </summary>
public sealed class ConsoleTeamBrowserTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>, IAsyncLifetime
{
    private const string StaffEmail = "jana@nordlicht.example";
    private const string StaffPassword = "jana-secret-2026";

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
    public async Task Owner_adds_a_member_who_is_locked_out_after_five_wrong_passwords_and_cannot_manage_the_team()
    {
        var owner = await SignedInAsync(ApiFactory.OwnerEmail, ApiFactory.OwnerPassword);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
        await owner.GetByLabel("E-Mail").FillAsync("tom@nordlicht.example");
        await owner.GetByLabel("Passwort").FillAsync("tom-secret-2026");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Teammitglied hinzufügen" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("Hinzugefügt");

        var member = await NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++)
            await SignInAsync(member, "tom@nordlicht.example", "not-the-password");
        await SignInAsync(member, "tom@nordlicht.example", "tom-secret-2026");
        await Expect(member.GetByText("Zu viele falsche Passwörter")).ToBeVisibleAsync();
        await Expect(member).ToHaveURLAsync(new Regex("/console/login"));

        var colleague = await SignedInAsync(StaffEmail, StaffPassword, addedBy: owner);
        await Expect(colleague.GetByRole(AriaRole.Link, new() { Name = "Team" })).ToHaveCountAsync(0);
        await colleague.GotoAsync(new Uri(api.BaseAddress, "/console/staff").ToString());
        await Expect(colleague.GetByText("der Inhaberin oder dem Inhaber vorbehalten")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_edits_a_product_adjusts_its_stock_and_imports_a_catalog_file()
    {
        var owner = await SignedInAsync(ApiFactory.OwnerEmail, ApiFactory.OwnerPassword);
        var page = await SignedInAsync("lea@nordlicht.example", "lea-secret-2026", addedBy: owner);
        var stockBefore = await api.StockAsync("SCARF-GRY");

        await page.GetByRole(AriaRole.Link, new() { Name = "Katalog" }).ClickAsync();
        await page.GetByLabel("Suche").FillAsync("schal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "SCARF-GRY" }).ClickAsync();
        await page.GetByLabel("Name (Deutsch)", new() { Exact = true }).FillAsync("Schal Grau meliert");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gespeichert");
        await page.GetByLabel("Synonyme").FillAsync("Halstuch, Wollschal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Synonyme speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gespeichert");
        await page.GetByLabel("Änderung (+/−)").FillAsync("+5");
        await page.GetByLabel("Grund").FillAsync("Inventur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand ändern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gespeichert");
        var afterAdjust = await api.StockAsync("SCARF-GRY");
        await page.GetByLabel("Art der Änderung").SelectOptionAsync(new SelectOptionValue { Label = "setzen auf (gezählt)" });
        await page.GetByLabel("Änderung (+/−)").FillAsync("30");
        await page.GetByLabel("Grund").FillAsync("Stichtagsinventur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand ändern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gespeichert");

        await page.GetByRole(AriaRole.Link, new() { Name = "Katalog" }).ClickAsync();
        var catalog = """{"categories":[{"slug":"fahrrad","name":"Fahrräder"}],"products":[{"sku":"BIKE-CITY","category":"fahrrad","name":"Stadtrad","description":"Sieben Gänge.","price":{"amount":"499.00","currency":"EUR"},"stock":3}]}""";
        await page.GetByLabel("Katalogdatei (JSON)").SetInputFilesAsync(new FilePayload { Name = "bikes.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(catalog) });
        await page.GetByRole(AriaRole.Button, new() { Name = "JSON-Katalog importieren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Import: 1 neu");

        afterAdjust.Should().Be(stockBefore + 5);
        (await api.StockAsync("SCARF-GRY")).Should().Be(30, "the counted level was set");
        var chat = new ChatClient(new HttpClient { BaseAddress = api.BaseAddress });
        await chat.StartAsync();
        ChatClient.AllText(await chat.SayAsync("habt ihr ein stadtrad?")).Should().Contain("Stadtrad");
        ChatClient.AllText(await chat.SayAsync("zeig mir schals")).Should().Contain("Schal Grau meliert");
        ChatClient.AllText(await chat.SayAsync("habt ihr ein halstuch?")).Should().Contain("Schal Grau meliert", "the merchant's synonym names it");
    }

    [Fact]
    public async Task A_member_answers_a_chat_with_markup_as_text_and_hands_it_back_to_the_bot()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var chat = new ChatClient(new HttpClient { BaseAddress = api.BaseAddress });
        await chat.StartAsync();
        await chat.SayAsync(markup);
        await chat.SayAsync("ich möchte mit einem mitarbeiter sprechen");
        var owner = await SignedInAsync(ApiFactory.OwnerEmail, ApiFactory.OwnerPassword);
        var page = await SignedInAsync("max@nordlicht.example", "max-secret-2026", addedBy: owner);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GetByRole(AriaRole.Link, new() { Name = "Chats" }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "wartet auf eine Person" }).First
            .GetByRole(AriaRole.Link, new() { Name = "Chat öffnen" }).ClickAsync();
        await Expect(page.Locator(".msg.shopper").Filter(new() { HasText = markup })).ToHaveCountAsync(1);
        await Expect(page.Locator(".msg img")).ToHaveCountAsync(0);
        await page.GetByLabel("Antwort").FillAsync("Hallo, hier ist Max. Ich gebe dich an den Bot zurück.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Als Person antworten" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "An den Bot zurückgeben" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Bot antwortet wieder");

        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("hier ist Max");
        ChatClient.AllText(await chat.SayAsync("zeig mir sneaker")).Should().Contain("carousel", "the bot answers again");
        dialogs.Should().Be(0, "the shopper's markup is shown as text");

        // A form posted with the owner's session but without the page's antiforgery token (as from another site) is refused.
        var forged = await owner.Context.APIRequest.PostAsync(new Uri(api.BaseAddress, "/console/staff").ToString(),
            new() { Form = owner.Context.APIRequest.CreateFormData().Append("newEmail", "evil@example.com").Append("newPassword", "evil-password-1") });
        forged.Status.Should().Be(400);
        await owner.GotoAsync(new Uri(api.BaseAddress, "/console/staff").ToString());
        await Expect(owner.GetByText("evil@example.com")).ToHaveCountAsync(0);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") output.WriteLine($"console: {message.Text}"); };
        return page;
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(new Uri(api.BaseAddress, "/console/login").ToString());
        await page.GetByLabel("E-Mail").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
    }

    /// <summary>Signs in; a team member is first added by the owner's page.</summary>
    private async Task<IPage> SignedInAsync(string email, string password, IPage? addedBy = null)
    {
        if (addedBy is not null)
        {
            await addedBy.GotoAsync(new Uri(api.BaseAddress, "/console/staff").ToString());
            await addedBy.GetByLabel("E-Mail").FillAsync(email);
            await addedBy.GetByLabel("Passwort").FillAsync(password);
            await addedBy.GetByRole(AriaRole.Button, new() { Name = "Teammitglied hinzufügen" }).ClickAsync();
            await Expect(addedBy.GetByRole(AriaRole.Status)).ToContainTextAsync("Hinzugefügt");
        }
        var page = await NewPageAsync();
        await SignInAsync(page, email, password);
        await Expect(page).Not.ToHaveURLAsync(new Regex("/console/login"));
        return page;
    }
}
