using System.Net.Http.Json;
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

    /// <summary>The payment link part of a checkout reply.</summary>
    public static JsonElement LinkPart(JsonElement[] parts) => parts.Single(p => p.GetProperty("type").GetString() == "link");

    /// <summary>The order number a checkout reply names ("Deine Bestellung 10042 …").</summary>
    public static string OrderNumberIn(JsonElement link) => OrderNumber().Match(link.GetProperty("text").GetString()!).Value;

    [GeneratedRegex(@"\b\d{5,}\b")]
    private static partial Regex OrderNumber();
}
