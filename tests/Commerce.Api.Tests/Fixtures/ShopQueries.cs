using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>What tests read back the way a merchant or shopper would see it.</summary>
public static partial class ShopQueries
{
    public static async Task<int> StockAsync(this ApiFactory factory, string sku) =>
        (await factory.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/products/{sku}")).GetProperty("stock").GetInt32();

    public static async Task<JsonElement> OrderAsync(this ApiFactory factory, string idOrNumber) =>
        await factory.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/orders/{idOrNumber}");

    /// <summary>Pays an order on the sandbox payment page, as the shopper would.</summary>
    public static async Task PayAsync(this ApiFactory factory, string number)
    {
        var order = await factory.OrderAsync(number);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await http.GetAsync($"/pay/{order.GetProperty("id").GetString()}");
        var page = new Uri(redirect.Headers.Location!.ToString()).PathAndQuery;
        (await SandboxPage.PressAsync(http, page, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>The merchant ships an order with DHL.</summary>
    public static async Task FulfilAsync(this ApiFactory factory, string number, string trackingNumber = "00340434161094042557") =>
        (await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

    /// <summary>The conversation behind a web chat session.</summary>
    public static async Task<Guid> ConversationIdAsync(this ApiFactory factory, ChatClient chat)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = await db.Conversations.Where(c => c.SenderId == chat.SessionId).Select(c => c.Id).SingleAsync());
        return id;
    }

    /// <summary>The payment link part of a checkout reply.</summary>
    public static JsonElement LinkPart(JsonElement[] parts) => parts.Single(p => p.GetProperty("type").GetString() == "link");

    /// <summary>The order number a checkout reply names ("Deine Bestellung 10042 …").</summary>
    public static string OrderNumberIn(JsonElement link) => OrderNumber().Match(link.GetProperty("text").GetString()!).Value;

    [GeneratedRegex(@"\b\d{5,}\b")]
    private static partial Regex OrderNumber();
}
