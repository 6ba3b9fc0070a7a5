using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Api.Tests.Orders;

/// <summary>Returns after delivery through the merchant API, with the sandbox gateway: refund, restock, the shopper told.</summary>
public sealed class OrderReturnTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task ReturningOneOfTwoLines_RefundsThatLine_RestocksIt_AndTellsTheShopper()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var scarfStock = await factory.StockAsync("SCARF-GRY");
        var sockStock = await factory.StockAsync("SOCK-3P");
        var scarf = Line(await factory.OrderAsync(number), "SCARF-GRY");

        var response = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns",
            new { lines = new[] { new { productId = scarf.GetProperty("productId").GetString(), quantity = 1 } }, restock = true });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var order = await response.Content.ReadFromJsonAsync<JsonElement>();
        order.GetProperty("status").GetString().Should().Be("PartlyReturned");
        order.GetProperty("returnedMinor").GetInt64().Should().Be(4900);
        Line(order, "SCARF-GRY").GetProperty("returnedQuantity").GetInt32().Should().Be(1);
        Line(order, "SOCK-3P").GetProperty("returnedQuantity").GetInt32().Should().Be(0);
        order.GetProperty("returns").EnumerateArray().Should().ContainSingle().Which.GetProperty("refundId").GetString().Should().StartWith("sbx_re_");
        order.GetProperty("history").EnumerateArray().Last().GetProperty("cause").GetString().Should().Contain("1 × Schal Grau (SCARF-GRY)");
        (await factory.StockAsync("SCARF-GRY")).Should().Be(scarfStock + 1);
        (await factory.StockAsync("SOCK-3P")).Should().Be(sockStock);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Rücksendung zu Bestellung {number}")
            .And.Contain("1 × Schal Grau").And.Contain("49,00 €");
    }

    [Fact]
    public async Task RepeatingAReturn_IsRefused_OrAnsweredOnce_AndNothingIsDoubled()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var scarfStock = await factory.StockAsync("SCARF-GRY");
        var sockStock = await factory.StockAsync("SOCK-3P");
        var order = await factory.OrderAsync(number);
        var scarfBody = new { lines = new[] { new { lineId = Line(order, "SCARF-GRY").GetProperty("id").GetString(), quantity = 1 } } };
        var sockBody = new { lines = new[] { new { lineId = Line(order, "SOCK-3P").GetProperty("id").GetString(), quantity = 1 } } };

        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", scarfBody)).StatusCode.Should().Be(HttpStatusCode.OK);
        var repeated = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", scarfBody);
        var keyed = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await Task.Yield();
            return await Merchant().SendAsync(Keyed($"/api/v1/orders/{number}/returns", sockBody, "return-sock-1"));
        }));
        var keyedAgain = await Merchant().SendAsync(Keyed($"/api/v1/orders/{number}/returns", sockBody, "return-sock-1"));

        repeated.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await repeated.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("already_returned");
        problem.GetProperty("errors").TryGetProperty("lines[0].quantity", out _).Should().BeTrue();
        keyed.Concat([keyedAgain]).Where(r => r.StatusCode == HttpStatusCode.OK).Should().NotBeEmpty();
        var after = await factory.OrderAsync(number);
        after.GetProperty("returnedMinor").GetInt64().Should().Be(4900 + 1290, "the scarf and one pack of socks, each once");
        after.GetProperty("returns").GetArrayLength().Should().Be(2);
        (await factory.StockAsync("SCARF-GRY")).Should().Be(scarfStock + 1);
        (await factory.StockAsync("SOCK-3P")).Should().Be(sockStock + 1);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("Schal Grau");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("Socken");
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("two returns, two messages");
    }

    [Fact]
    public async Task ReturningEverything_MakesTheOrderReturned_WithoutRestockWhenNotWanted()
    {
        var (chat, number) = await DeliveredOrderAsync();
        var sockStock = await factory.StockAsync("SOCK-3P");
        var order = await factory.OrderAsync(number);
        var lines = order.GetProperty("lines").EnumerateArray()
            .Select(l => new { lineId = l.GetProperty("id").GetString(), quantity = l.GetProperty("quantity").GetInt32() }).ToArray();

        var response = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", new { lines, restock = false });

        var returned = await response.Content.ReadFromJsonAsync<JsonElement>();
        returned.GetProperty("status").GetString().Should().Be("Returned");
        returned.GetProperty("returnedMinor").GetInt64().Should().Be(returned.GetProperty("totalMinor").GetInt64());
        (await factory.StockAsync("SOCK-3P")).Should().Be(sockStock, "the goods were not fit to sell again");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("vollständig").And.Contain("74,80 €");
        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", new { lines })).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("{}", "lines")]
    [InlineData("{\"lines\": []}", "lines")]
    [InlineData("{\"lines\": [{\"quantity\": 1}]}", "lines[0].lineId")]
    [InlineData("{\"lines\": [{\"lineId\": \"00000000-0000-0000-0000-000000000001\", \"quantity\": 1}]}", "lines[0].lineId")]
    [InlineData("{\"lines\": [{\"productId\": \"00000000-0000-0000-0000-000000000001\", \"quantity\": 1}]}", "lines[0].productId")]
    [InlineData("{\"lines\": [{\"lineId\": \"LINE\", \"quantity\": 0}]}", "lines[0].quantity")]
    [InlineData("{\"lines\": [{\"lineId\": \"LINE\", \"quantity\": 1}, {\"lineId\": \"LINE\", \"quantity\": 1}]}", "lines[1].lineId")]
    public async Task BadBodies_Are400_NamingTheField_AndChangeNothing(string body, string field)
    {
        var (_, number) = await DeliveredOrderAsync();
        var order = await factory.OrderAsync(number);
        body = body.Replace("LINE", Line(order, "SOCK-3P").GetProperty("id").GetString());

        var response = await Merchant().PostAsync($"/api/v1/orders/{number}/returns", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Delivered");
    }

    [Fact]
    public async Task UnknownOrders_Are404_AndUndeliveredOrders_Are409()
    {
        var chat = await StartChatAsync();
        await chat.SayAsync("1 schal in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        var body = new { lines = new[] { new { lineId = Guid.NewGuid(), quantity = 1 } } };

        var unknown = await Merchant().PostAsJsonAsync("/api/v1/orders/99999999/returns", body);
        var unpaid = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", body);

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unpaid.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await unpaid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _).Should().BeTrue();
    }

    private HttpClient Merchant() => factory.CreateMerchantClient();

    private static HttpRequestMessage Keyed(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static JsonElement Line(JsonElement order, string sku) =>
        order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == sku);

    private async Task<ChatClient> StartChatAsync()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    /// <summary>Two packs of socks and a scarf, bought in the web chat, paid in the sandbox, shipped and delivered.</summary>
    private async Task<(ChatClient Chat, string Number)> DeliveredOrderAsync()
    {
        var chat = await StartChatAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 schal in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        var order = await factory.OrderAsync(number);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await http.GetAsync($"/pay/{order.GetProperty("id").GetString()}");
        (await SandboxPage.PressAsync(http, new Uri(redirect.Headers.Location!.ToString()).PathAndQuery, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await chat.NextReplyAsync(); // the receipt
        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await chat.NextReplyAsync(); // shipped
        (await Merchant().PostAsync($"/api/v1/orders/{number}/deliver", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await chat.NextReplyAsync(); // delivered
        return (chat, number);
    }
}
