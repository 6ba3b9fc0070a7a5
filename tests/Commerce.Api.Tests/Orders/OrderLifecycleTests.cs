using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Orders;

/// <summary>Cancelling and refunding, by the shopper in chat and by the merchant, with the sandbox gateway.</summary>
public sealed class OrderLifecycleTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task ShopperCancelsAnUnpaidOrderInChat_StockComesBack_AndTheyAreTold()
    {
        var stockBefore = await factory.StockAsync("BELT-BRN");
        var (chat, number) = await PlaceOrderAsync("1 ledergürtel in den warenkorb");

        var reply = ChatClient.AllText(await chat.SayAsync($"bestellung {number} stornieren"));

        reply.Should().Contain($"Bestellung {number} ist storniert");
        (await factory.StockAsync("BELT-BRN")).Should().Be(stockBefore);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Cancelled");
    }

    [Fact]
    public async Task ShopperCancelsAPaidOrderInChat_IsRefunded()
    {
        var (chat, number) = await PlaceOrderAsync("1 emaille-becher in den warenkorb");
        await factory.PayAsync(number);
        await chat.NextReplyAsync(); // the receipt

        var question = await chat.SayAsync("cancel my order");
        var yes = question.Single(p => p.GetProperty("type").GetString() == "quickReplies").GetProperty("options").EnumerateArray()
            .Single(o => o.GetProperty("title").GetString() == "Yes, cancel").GetProperty("payload").GetString();
        var reply = ChatClient.AllText(await chat.SayAsync(payload: yes));

        reply.Should().Contain($"Order {number} is cancelled").And.Contain("money goes back");
        var order = await factory.OrderAsync(number);
        order.GetProperty("status").GetString().Should().Be("Refunded", "the sandbox refund went through");
        order.GetProperty("refundDue").GetBoolean().Should().BeFalse();
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString())
            .Should().Equal("PendingPayment", "Paid", "Cancelled", "Refunded");
    }

    [Fact]
    public async Task MerchantRefundsAPaidOrder_ShopperIsTold_AndASecondRefundIs409()
    {
        var (chat, number) = await PlaceOrderAsync("1 schal in den warenkorb");
        await factory.PayAsync(number);
        await chat.NextReplyAsync();
        var merchant = factory.CreateMerchantClient();

        var first = await merchant.PostAsync($"/api/v1/orders/{number}/refund", null);
        var second = await merchant.PostAsync($"/api/v1/orders/{number}/refund", null);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Bestellung {number} wurde das Geld erstattet");
    }

    [Fact]
    public async Task OrderList_FiltersByStatusChannelAndDate_AndRefusesBadFilters()
    {
        var (_, number) = await PlaceOrderAsync("1 basecap in den warenkorb");
        var merchant = factory.CreateMerchantClient();
        var today = DateTimeOffset.UtcNow.Date.ToString("yyyy-MM-dd");

        var webChat = await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/orders?channel=webchat&status=PendingPayment&from={today}&pageSize=100");
        var telegram = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/orders?channel=telegram");
        var future = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/orders?from=2100-01-01");
        var badStatus = await merchant.GetAsync("/api/v1/orders?status=Shipped");
        var badPage = await merchant.GetAsync("/api/v1/orders?pageSize=1000");
        var badChannel = await merchant.GetAsync("/api/v1/orders?channel=fax");

        webChat.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("number").GetInt64().ToString()).Should().Contain(number);
        telegram.GetProperty("totalCount").GetInt32().Should().Be(0);
        future.GetProperty("totalCount").GetInt32().Should().Be(0);
        badStatus.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badStatus.Content.ReadAsStringAsync()).Should().Contain("status");
        badPage.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badChannel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badChannel.Content.ReadAsStringAsync()).Should().Contain("channel");
    }

    private async Task<(ChatClient Chat, string Number)> PlaceOrderAsync(string addText)
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        await chat.SayAsync(addText);
        return (chat, ShopQueries.OrderNumberIn(await chat.CheckoutAsync()));
    }
}
