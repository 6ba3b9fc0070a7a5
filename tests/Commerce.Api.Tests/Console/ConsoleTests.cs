using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Console;

/// <summary>
/// The merchant console over HTTP as a browser uses it: cookie sign-in, forms with their antiforgery tokens, the
/// same order and chat actions as the merchant API, and what the shopper sees in the web chat afterwards.
/// </summary>
public sealed class ConsoleTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>
{
    [Theory]
    [InlineData("/console")]
    [InlineData("/console/orders")]
    [InlineData("/console/orders/10001")]
    [InlineData("/console/conversations")]
    [InlineData("/console/staff")]
    [InlineData("/console/products/SNK-RED")]
    [InlineData("/console/events")]
    public async Task Every_page_sends_a_stranger_to_the_sign_in_form(string path)
    {
        var response = await new ConsoleBrowser(shop).Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("http://localhost/console/login?ReturnUrl=");
    }

    [Fact]
    public async Task The_sign_in_form_has_labelled_email_and_password_fields()
    {
        var html = await (await new ConsoleBrowser(shop).Http.GetAsync("/console/login")).Content.ReadAsStringAsync();

        html.Should().Contain("<label for=\"email\">").And.Contain("id=\"email\" name=\"email\"")
            .And.Contain("<label for=\"password\">").And.Contain("id=\"password\" name=\"password\" type=\"password\"");
    }

    [Fact]
    public async Task The_owner_signs_in_sees_the_dashboard_and_signs_out()
    {
        var browser = new ConsoleBrowser(shop);

        var signedIn = await browser.SignInAsync();

        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().Should().Be("/console");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("commerce_console=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=lax").And.Contain("path=/console");
        var dashboard = await browser.Http.GetAsync("/console");
        dashboard.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");
        (await dashboard.Content.ReadAsStringAsync()).Should().Contain("Bestellungen heute").And.Contain("Fast ausverkauft");

        (await browser.SubmitAsync("/console", null, [])).Headers.Location!.ToString().Should().Be("/console/login");
        (await browser.Http.GetAsync("/console")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the session has ended");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_fifth_locks_the_account()
    {
        var admin = new ConsoleBrowser(shop);
        await admin.SignInAsync();
        var email = $"locker-{Guid.NewGuid():N}@nordlicht.example";
        (await admin.SubmitAsync("/console/staff", "Add", new() { ["newEmail"] = email, ["newPassword"] = "staff-password-1" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var browser = new ConsoleBrowser(shop);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await browser.SignInAsync(email, "not-the-password");
            wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await wrong.Content.ReadAsStringAsync()).Should().Contain("E-Mail oder Passwort ist falsch");
        }

        var fifth = await browser.SignInAsync(email, "not-the-password");
        var right = await browser.SignInAsync(email, "staff-password-1");

        (await fifth.Content.ReadAsStringAsync()).Should().Contain("gesperrt");
        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a locked account stays locked even with the right password");
        (await right.Content.ReadAsStringAsync()).Should().Contain("gesperrt");
    }

    [Fact]
    public async Task Staff_cannot_manage_the_team_and_lose_their_session_when_removed()
    {
        var owner = new ConsoleBrowser(shop);
        await owner.SignInAsync();
        var email = $"staff-{Guid.NewGuid():N}@nordlicht.example";
        await owner.SubmitAsync("/console/staff", "Add", new() { ["newEmail"] = email, ["newPassword"] = "staff-password-2" });
        var staff = new ConsoleBrowser(shop);
        (await staff.SignInAsync(email, "staff-password-2")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await staff.Http.GetAsync("/console/orders")).StatusCode.Should().Be(HttpStatusCode.OK);
        var team = await staff.Http.GetAsync("/console/staff");
        team.Headers.Location!.ToString().Should().Contain("/console/denied");
        (await owner.PageAsync("/console")).Should().Contain("href=\"/console/staff\"");
        (await staff.PageAsync("/console")).Should().NotContain("href=\"/console/staff\"");

        (await owner.SubmitAsync("/console/staff", "Remove", [], formContaining: $"Entfernen {email}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await owner.PageAsync("/console/staff")).Should().NotContain(email);

        (await staff.Http.GetAsync("/console/orders")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a removed account's cookie no longer opens the console");
    }

    [Fact]
    public async Task Fulfilling_a_web_chat_order_in_the_console_tells_the_shopper()
    {
        var (chat, number) = await PaidWebChatOrderAsync("2 socken in den warenkorb");
        var browser = new ConsoleBrowser(shop);
        await browser.SignInAsync();
        (await browser.PageAsync("/console/orders")).Should().Contain($"/console/orders/{number}");

        var unconfirmed = await browser.SubmitAsync($"/console/orders/{number}", "Fulfil", new() { ["carrier"] = "DHL", ["trackingNumber"] = "00340434161094042557" });
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unconfirmed.Content.ReadAsStringAsync()).Should().Contain("Bitte bestätige");
        (await OrderAsync(number)).GetProperty("status").GetString().Should().Be("Paid");

        var fulfilled = await browser.SubmitAsync($"/console/orders/{number}", "Fulfil", new() { ["carrier"] = "DHL", ["trackingNumber"] = "00340434161094042557", ["confirmed"] = "true" });

        fulfilled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("DHL").And.Contain("00340434161094042557");
        (await OrderAsync(number)).GetProperty("status").GetString().Should().Be("Fulfilled");
        (await browser.PageAsync($"/console/orders/{number}")).Should().Contain("Paid → Fulfilled").And.Contain("00340434161094042557");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (_, number) = await PaidWebChatOrderAsync("1 basecap in den warenkorb");
        var browser = new ConsoleBrowser(shop);
        await browser.SignInAsync();

        var forged = await browser.Http.PostAsync($"/console/orders/{number}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["confirmed"] = "true" }));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await OrderAsync(number)).GetProperty("status").GetString().Should().Be("Paid");
    }

    [Fact]
    public async Task A_shoppers_html_is_shown_as_text_and_a_person_answers_and_hands_back()
    {
        var chat = await StartChatAsync();
        await chat.SayAsync("<img src=x onerror=alert(1)> ich möchte mit einem menschen sprechen");
        var conversationId = await ConversationIdAsync();
        var browser = new ConsoleBrowser(shop);
        await browser.SignInAsync();

        var page = await browser.PageAsync($"/console/conversations/{conversationId}");
        page.Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("<img src=x");
        page.Should().Contain("wartet auf eine Person");
        (await browser.PageAsync("/console/conversations")).Should().Contain($"/console/conversations/{conversationId}");

        (await browser.SubmitAsync($"/console/conversations/{conversationId}", "Reply", new() { ["text"] = "Hallo, hier ist Jana vom Team." })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("hier ist Jana vom Team");
        (await browser.PageAsync($"/console/conversations/{conversationId}")).Should().Contain("class=\"msg person\"");

        var history = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/messages");
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("from").GetString())
            .Should().StartWith("shopper").And.EndWith("person", "the merchant API shows the same history, in order");

        (await browser.SubmitAsync($"/console/conversations/{conversationId}", "HandBack", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        ChatClient.AllText(await chat.SayAsync("zeig mir socken")).Should().Contain("Socken", "the bot answers again");
    }

    [Fact]
    public async Task A_shoppers_photo_is_shown_to_signed_in_staff_only()
    {
        var chat = await StartChatAsync();
        await chat.SayAsync("hallo");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        long photoId = 0;
        Guid conversationId = default;
        await shop.WithDbAsync(async db =>
        {
            var key = Commerce.Application.Messaging.InboxMessage.KeyOf(Commerce.Domain.Conversations.Channel.WebChat, chat.SessionId);
            var inbound = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.InboxMessages, m => m.ConversationKey == key);
            var photo = new Commerce.Application.Messaging.ConversationAttachment(
                Commerce.Domain.Conversations.Channel.WebChat, inbound.PlatformMessageId, 0, key, new Commerce.Application.Messaging.InboundAttachment("image", null, "m1"), DateTimeOffset.UtcNow)
            { Content = png, ContentType = "image/png" };
            db.ConversationAttachments.Add(photo);
            await db.SaveChangesAsync();
            photoId = photo.Id;
            conversationId = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Conversations, c => c.SenderId == chat.SessionId)).Id;
        });
        var browser = new ConsoleBrowser(shop);
        await browser.SignInAsync();
        var url = $"/console/conversations/{conversationId}/photos/{photoId}";

        (await browser.PageAsync($"/console/conversations/{conversationId}")).Should().Contain($"<img src=\"{url}\"");
        var image = await browser.Http.GetAsync(url);
        var stranger = await new ConsoleBrowser(shop).Http.GetAsync(url);

        image.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await image.Content.ReadAsByteArrayAsync()).Should().Equal(png);
        stranger.StatusCode.Should().Be(HttpStatusCode.Redirect, "photos are for signed-in staff only");
    }

    private async Task<ChatClient> StartChatAsync()
    {
        var chat = new ChatClient(shop.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    private async Task<(ChatClient Chat, string Number)> PaidWebChatOrderAsync(string order)
    {
        var chat = await StartChatAsync();
        await chat.SayAsync(order);
        var link = await chat.CheckoutAsync();
        var number = ShopQueries.OrderNumberIn(link);
        var http = shop.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await http.GetAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
        await SandboxPage.PressAsync(http, redirect.Headers.Location!.ToString(), "pay");
        (await chat.NextReplyAsync()).Single().GetProperty("type").GetString().Should().Be("receipt");
        return (chat, number);
    }

    private async Task<JsonElement> OrderAsync(string number) =>
        await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/orders/{number}");

    private async Task<Guid> ConversationIdAsync()
    {
        var list = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/conversations?waitingForHuman=true&pageSize=100");
        return list.GetProperty("items").EnumerateArray().OrderByDescending(c => c.GetProperty("lastInboundAt").GetDateTimeOffset()).First().GetProperty("id").GetGuid();
    }
}
