using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Console;

/// <summary>Returns in the console, as a browser posts the forms: review, confirmation, a second press, refused input.</summary>
public sealed class ConsoleReturnTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task A_line_is_reviewed_then_returned_once_even_when_the_button_is_pressed_twice()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var scarf = LineId(await shop.OrderAsync(number), "SCARF-GRY");
        var browser = await SignedInAsync();
        var path = $"/console/orders/{number}/return";

        var review = await browser.SubmitAsync(path, "Review", new() { [$"quantities[{scarf}]"] = "1" });
        var reviewHtml = await review.Content.ReadAsStringAsync();
        review.StatusCode.Should().Be(HttpStatusCode.OK);
        reviewHtml.Should().Contain("49,00 € erstatten und Rücksendung buchen");
        var unconfirmed = await browser.SubmitInAsync(reviewHtml, path, "Confirm", []);
        var confirmed = await browser.SubmitInAsync(reviewHtml, path, "Confirm", new() { ["confirmed"] = "true" });
        var again = await browser.SubmitInAsync(reviewHtml, path, "Confirm", new() { ["confirmed"] = "true" });

        unconfirmed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect, "the review's key makes the second press a no-op");
        var order = await shop.OrderAsync(number);
        order.GetProperty("status").GetString().Should().Be("PartlyReturned");
        order.GetProperty("returnedMinor").GetInt64().Should().Be(4900);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("1 × Schal Grau");
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty();
        (await browser.PageAsync($"/console/orders/{number}")).Should().Contain("1 × Schal Grau (SCARF-GRY)").And.Contain("Rücksendungen");
    }

    [Fact]
    public async Task Everything_left_comes_back_with_the_second_button_and_the_order_is_returned()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var browser = await SignedInAsync();
        var path = $"/console/orders/{number}/return";
        var page = await browser.PageAsync(path);

        // The second button posts the same form to its own handler (formaction), as a browser does.
        var review = await browser.SubmitInAsync(page.Replace("handler=Review\"", "handler=ReviewAll\""), path, "ReviewAll", []);
        var reviewHtml = await review.Content.ReadAsStringAsync();
        var confirmed = await browser.SubmitInAsync(reviewHtml, path, "Confirm", new() { ["confirmed"] = "true" });

        reviewHtml.Should().Contain("74,80 € erstatten und Rücksendung buchen");
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await shop.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Returned");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("vollständig");
    }

    [Fact]
    public async Task Too_many_pieces_or_none_are_shown_next_to_the_line_and_change_nothing()
    {
        var (_, number) = await DeliveredOrderAsync();
        var socks = LineId(await shop.OrderAsync(number), "SOCK-3P");
        var browser = await SignedInAsync();
        var path = $"/console/orders/{number}/return";

        var tooMany = await browser.SubmitAsync(path, "Review", new() { [$"quantities[{socks}]"] = "3" });
        var none = await browser.SubmitAsync(path, "Review", []);

        tooMany.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadAsStringAsync()).Should().MatchRegex(
            $"name=\"quantities\\[{socks}\\]\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">H&#246;chstens 2 St");
        none.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).Should().Contain("mindestens einer Position");
        (await shop.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Delivered");
    }

    [Fact]
    public async Task A_return_posted_without_the_antiforgery_token_is_refused()
    {
        var (_, number) = await DeliveredOrderAsync();
        var socks = LineId(await shop.OrderAsync(number), "SOCK-3P");
        var browser = await SignedInAsync();

        var forged = await browser.Http.PostAsync($"/console/orders/{number}/return?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [$"quantities[{socks}]"] = "1", ["confirmed"] = "true",
        }));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shop.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Delivered");
    }

    private async Task<ConsoleBrowser> SignedInAsync()
    {
        var browser = new ConsoleBrowser(shop);
        (await browser.SignInAsync()).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    private static string LineId(JsonElement order, string sku) =>
        order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == sku).GetProperty("id").GetString()!;

    private async Task<(ChatClient Chat, string Number)> DeliveredOrderAsync()
    {
        var chat = new ChatClient(shop.CreateClient());
        await chat.StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 schal in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        var http = shop.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await http.GetAsync($"/pay/{(await shop.OrderAsync(number)).GetProperty("id").GetString()}");
        await SandboxPage.PressAsync(http, new Uri(redirect.Headers.Location!.ToString()).PathAndQuery, "pay");
        await chat.NextReplyAsync();
        var merchant = shop.CreateMerchantClient();
        (await merchant.PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" })).EnsureSuccessStatusCode();
        await chat.NextReplyAsync();
        (await merchant.PostAsync($"/api/v1/orders/{number}/deliver", null)).EnsureSuccessStatusCode();
        await chat.NextReplyAsync();
        return (chat, number);
    }
}
