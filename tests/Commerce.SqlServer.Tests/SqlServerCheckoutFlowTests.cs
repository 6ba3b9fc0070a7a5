using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.SqlServer.Tests;

/// <summary>
/// The shopper's whole purchase on SQL Server, as the PostgreSQL suite runs it: web chat search and cart, checkout
/// (stock reserved), payment on the sandbox page, the receipt in the chat, the merchant fulfilling, and one
/// checkout whose payment is cancelled giving its stock back.
/// </summary>
public sealed class SqlServerCheckoutFlowTests(SqlServerShopFactory shop) : IClassFixture<SqlServerShopFactory>
{
    [Fact]
    public async Task Shopper_buys_pays_and_hears_about_shipping()
    {
        var merchant = shop.CreateMerchantClient();
        var stockBefore = await StockAsync(merchant, "SOCK-3P");
        var chat = await StartAsync();

        ChatClient.AllText(await chat.SayAsync("2 socken in den warenkorb")).Should().Contain("Socken");
        var link = await PaymentLinkAsync(chat, "zur kasse");
        link.GetProperty("text").GetString().Should().Contain("25,80 €");
        (await StockAsync(merchant, "SOCK-3P")).Should().Be(stockBefore - 2, "checkout reserves the stock");
        var number = OrderNumberIn(link);

        var page = await FollowToSandboxAsync(link.GetProperty("url").GetString()!);
        (await SandboxPage.PressAsync(Http(), page, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var receipt = (await chat.NextReplyAsync()).Single();
        receipt.GetProperty("text").GetString().Should().Contain($"Bestellung {number} ist bezahlt");
        var fulfilled = await merchant.PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" });
        fulfilled.StatusCode.Should().Be(HttpStatusCode.OK);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("00340434161094042557");
        var order = await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{number}");
        order.GetProperty("status").GetString().Should().Be("Fulfilled");
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString())
            .Should().Equal("PendingPayment", "Paid", "Fulfilled");
    }

    [Fact]
    public async Task A_cancelled_payment_gives_the_stock_and_the_cart_back()
    {
        var merchant = shop.CreateMerchantClient();
        var stockBefore = await StockAsync(merchant, "WATCH-SLV");
        var chat = await StartAsync();
        await chat.SayAsync("armbanduhr in den warenkorb");
        var link = await PaymentLinkAsync(chat, "zur kasse");

        var page = await FollowToSandboxAsync(link.GetProperty("url").GetString()!);
        await SandboxPage.PressAsync(Http(), page, "cancel");

        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("abgelaufen");
        (await StockAsync(merchant, "WATCH-SLV")).Should().Be(stockBefore);
        var cart = await Http().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("rote sneaker", "SNK-RED")]
    [InlineData("jeens", "JNS-BLU")]
    [InlineData("mütze", "BEANIE-RED")]
    [InlineData("regnjacke", "JKT-RAIN")]
    [InlineData("black hoodie", "HD-BLK")]
    public async Task Search_is_the_same_typo_tolerant_search_as_on_PostgreSQL(string query, string expectedSku)
    {
        var hits = await shop.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/products/search?q={Uri.EscapeDataString(query)}&lang=de");

        hits.EnumerateArray().First().GetProperty("sku").GetString().Should().Be(expectedSku);
    }

    private async Task<ChatClient> StartAsync()
    {
        var chat = new ChatClient(shop.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    private HttpClient Http() => shop.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Says <paramref name="text"/> and returns the payment link, in that answer or the next one.</summary>
    private static async Task<JsonElement> PaymentLinkAsync(ChatClient chat, string text)
    {
        var parts = await chat.SayAsync(text);
        for (var answer = 0; answer < 3; answer++)
        {
            var link = parts.FirstOrDefault(p => p.GetProperty("type").GetString() == "link");
            if (link.ValueKind == JsonValueKind.Object)
                return link;
            parts = await chat.NextReplyAsync();
        }

        throw new InvalidOperationException("No payment link reached the chat.");
    }

    private static string OrderNumberIn(JsonElement link) =>
        System.Text.RegularExpressions.Regex.Match(link.GetProperty("text").GetString()!, @"\b\d{5,}\b").Value;

    private async Task<string> FollowToSandboxAsync(string payLink)
    {
        var response = await Http().GetAsync(new Uri(payLink).PathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.Location!.ToString();
    }

    private static async Task<int> StockAsync(HttpClient merchant, string sku) =>
        (await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/products/{sku}")).GetProperty("stock").GetInt32();
}
