using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Orders;

/// <summary>Checkout and payment through the web chat and the sandbox gateway, over HTTP only.</summary>
public sealed class SandboxCheckoutTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task ShopperPaysInSandbox_GetsReceipt_ThenHearsAboutShipping()
    {
        var chat = await StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");

        var link = await chat.CheckoutAsync();
        link.GetProperty("text").GetString().Should().Contain("25,80 €");
        var orderNumber = ShopQueries.OrderNumberIn(link);

        var paymentPage = await FollowToSandboxAsync(link.GetProperty("url").GetString()!);
        (await SandboxPage.PressAsync(Http(), paymentPage, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var receipt = (await chat.NextReplyAsync()).Single();
        receipt.GetProperty("type").GetString().Should().Be("receipt");
        receipt.GetProperty("text").GetString().Should().Contain($"Bestellung {orderNumber} ist bezahlt").And.Contain("2 × Socken 3er-Pack");

        var merchant = factory.CreateMerchantClient();
        var fulfilled = await merchant.PostAsJsonAsync($"/api/v1/orders/{orderNumber}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" });
        fulfilled.StatusCode.Should().Be(HttpStatusCode.OK);
        var shipped = (await chat.NextReplyAsync()).Single();
        shipped.GetProperty("text").GetString().Should().Contain("DHL").And.Contain("00340434161094042557");
        shipped.GetProperty("url").GetString().Should().Contain("00340434161094042557");

        var order = await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderNumber}");
        order.GetProperty("status").GetString().Should().Be("Fulfilled");
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString())
            .Should().Equal("PendingPayment", "Paid", "Fulfilled");
    }

    [Fact]
    public async Task AFormPostedFromAnotherSite_IsRefused_AndChangesNothing()
    {
        var chat = await StartAsync();
        await chat.SayAsync("1 basecap in den warenkorb");
        var link = await chat.CheckoutAsync();
        var paymentPage = await FollowToSandboxAsync(link.GetProperty("url").GetString()!);

        // What a hostile page's auto-submitting form sends: no token of ours, no cookie of ours.
        var crossSite = new HttpRequestMessage(HttpMethod.Post, $"{paymentPage}/pay") { Content = new FormUrlEncodedContent([]) };
        crossSite.Headers.Add("Origin", "https://evil.example");
        var pay = await Http().SendAsync(crossSite);
        var cancel = await Http().PostAsync($"{paymentPage}/cancel", null);

        pay.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        cancel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.OrderAsync(ShopQueries.OrderNumberIn(link))).GetProperty("status").GetString().Should().Be("PendingPayment");
        (await chat.NextReplyAsync(waitSeconds: 1)).Should().BeEmpty();
    }

    [Fact]
    public async Task PayingFromAPageLeftOpenAfterCancelling_RefundsAndSaysSo()
    {
        var chat = await StartAsync();
        await chat.SayAsync("1 basecap in den warenkorb");
        var link = await chat.CheckoutAsync();
        var number = ShopQueries.OrderNumberIn(link);
        var http = Http();
        var tab = await SandboxPage.OpenAsync(http, await FollowToSandboxAsync(link.GetProperty("url").GetString()!));

        await tab.PressAsync("cancel");
        await chat.NextReplyAsync(); // the order has expired, the cart is back
        var paid = await tab.PressAsync("pay");
        var page = await http.GetStringAsync(paid.Headers.Location!.ToString());

        page.Should().Contain("Zahlung erstattet").And.Contain("Das Geld wurde").And.NotContain("Danke");
        var order = await factory.OrderAsync(number);
        order.GetProperty("status").GetString().Should().Be("Refunded");
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).Should().Equal("PendingPayment", "Expired", "Refunded");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Bestellung {number}").And.Contain("zurückerstattet");
    }

    [Fact]
    public async Task CheckoutTappedTwice_GivesTheSameOrderAndLink()
    {
        var chat = await StartAsync();
        await chat.SayAsync("1 basecap in den warenkorb");

        var first = await chat.CheckoutAsync(payload: "1:co");
        var second = Link(await chat.SayAsync(payload: "1:co"));

        second.GetProperty("url").GetString().Should().Be(first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task EmptyCart_Checkout_SaysSo()
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync("zur kasse");

        ChatClient.AllText(reply).Should().Contain("Warenkorb ist leer");
    }

    [Fact]
    public async Task CancelledInSandbox_ReleasesStock_AndRestoresTheCart()
    {
        var chat = await StartAsync();
        var stockBefore = await factory.StockAsync("WATCH-SLV");
        await chat.SayAsync("armbanduhr in den warenkorb");
        var link = await chat.CheckoutAsync();
        (await factory.StockAsync("WATCH-SLV")).Should().Be(stockBefore - 1, "checkout reserves the stock");

        var paymentPage = await FollowToSandboxAsync(link.GetProperty("url").GetString()!);
        await SandboxPage.PressAsync(Http(), paymentPage, "cancel");

        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("abgelaufen");
        (await factory.StockAsync("WATCH-SLV")).Should().Be(stockBefore);
        var cart = await Http().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task OrderStatus_InChat_ShowsOnlyTheShoppersOwnOrders()
    {
        var buyer = await StartAsync();
        await buyer.SayAsync("1 schal in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await buyer.CheckoutAsync());
        var stranger = await StartAsync();

        var own = ChatClient.AllText(await buyer.SayAsync($"wo ist meine bestellung {number}"));
        var foreign = ChatClient.AllText(await stranger.SayAsync($"wo ist meine bestellung {number}"));

        own.Should().Contain($"Bestellung {number}").And.Contain("wartet noch auf deine Zahlung");
        foreign.Should().Contain("finde ich in diesem Chat nicht");
    }

    [Fact]
    public async Task MerchantActions_InTheWrongState_Are409()
    {
        var chat = await StartAsync();
        await chat.SayAsync("1 gürtel in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        var merchant = factory.CreateMerchantClient();

        var fulfil = await merchant.PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "1" });
        var refund = await merchant.PostAsync($"/api/v1/orders/{number}/refund", null);
        var unknown = await merchant.PostAsync("/api/v1/orders/99999999/deliver", null);

        fulfil.StatusCode.Should().Be(HttpStatusCode.Conflict);
        refund.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<ChatClient> StartAsync()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The chat's link answers with a redirect to the gateway's page; returns that page's path.</summary>
    private async Task<string> FollowToSandboxAsync(string payLink)
    {
        var response = await Http().GetAsync(new Uri(payLink).PathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = new Uri(response.Headers.Location!.ToString()).PathAndQuery;
        page.Should().StartWith("/sandbox/pay/");
        (await Http().GetStringAsync(page)).Should().Contain("no money moves");
        return page;
    }

    private static JsonElement Link(JsonElement[] parts) => ShopQueries.LinkPart(parts);
}
