using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Payments;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Api.Tests.Orders;

/// <summary>Returns with Stripe as the provider, Stripe played by a fake server on loopback: the partial refund it receives,
/// a refund it refuses, and its own refund events arriving afterwards.</summary>
public sealed class StripeOrderReturnTests(StripeShopFactory factory) : IClassFixture<StripeShopFactory>
{
    [Fact]
    public async Task AReturnRefundsThatLineAtStripe_AFailureChangesNothing_AndStripesEventsChangeNothingEither()
    {
        var (chat, orderId, number) = await DeliveredOrderAsync();
        var scarfStock = await factory.StockAsync("SCARF-GRY");
        var body = new { lines = new[] { new { lineId = ScarfLineId(await factory.OrderAsync(number)), quantity = 1 } } };
        factory.Stripe.FailNext(503, FakeStripeServer.Error("api_error", null, "Down."), new Dictionary<string, string> { ["Stripe-Should-Retry"] = "false" });

        var failed = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", body);

        failed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("payment_unavailable");
        var unchanged = await factory.OrderAsync(number);
        unchanged.GetProperty("status").GetString().Should().Be("Delivered");
        unchanged.GetProperty("returnedMinor").GetInt64().Should().Be(0);
        (await factory.StockAsync("SCARF-GRY")).Should().Be(scarfStock);
        (await chat.NextReplyAsync(waitSeconds: 1)).Should().BeEmpty();

        var retried = await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", body);

        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var refunds = factory.Stripe.Requests.Where(r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == $"pi_{orderId:N}").ToList();
        refunds.Should().HaveCount(2);
        refunds.Should().OnlyContain(r => r.Form["amount"] == "4900", "only the scarf goes back");
        refunds.Select(r => r.Header("Idempotency-Key")).Should().OnlyContain(key => key == $"return-{orderId:D}-1",
            "the failed attempt recorded nothing, so its retry asks Stripe the same question");
        (await factory.StockAsync("SCARF-GRY")).Should().Be(scarfStock + 1);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("Schal Grau").And.Contain("49,00 €");
        var historyBefore = (await factory.OrderAsync(number)).GetProperty("history").GetArrayLength();

        var refunded = ChargeRefunded($"evt_ret_{orderId:N}", orderId, amountRefunded: 4900);
        (await PostEventAsync(refunded)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostEventAsync(refunded)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostEventAsync(ChargeRefunded($"evt_ret2_{orderId:N}", orderId, amountRefunded: 4900))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostEventAsync(RefundUpdated($"evt_ret3_{orderId:N}", orderId))).StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await factory.OrderAsync(number);
        after.GetProperty("status").GetString().Should().Be("PartlyReturned");
        after.GetProperty("returnedMinor").GetInt64().Should().Be(4900);
        after.GetProperty("history").GetArrayLength().Should().Be(historyBefore);
        (await factory.StockAsync("SCARF-GRY")).Should().Be(scarfStock + 1);
        factory.Stripe.Requests.Count(r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == $"pi_{orderId:N}").Should().Be(2);
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("Stripe's events about our own refund tell the shopper nothing new");
    }

    [Fact]
    public async Task ASecondReturnOfTheSameOrder_HasItsOwnIdempotencyKey()
    {
        var (_, orderId, number) = await DeliveredOrderAsync();
        var order = await factory.OrderAsync(number);
        var socks = order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "SOCK-3P").GetProperty("id").GetString();

        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", new { lines = new[] { new { lineId = socks, quantity = 1 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/returns", new { lines = new[] { new { lineId = socks, quantity = 1 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        factory.Stripe.Requests.Where(r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == $"pi_{orderId:N}")
            .Select(r => $"{r.Header("Idempotency-Key")} {r.Form["amount"]}")
            .Should().Equal($"return-{orderId:D}-1 1290", $"return-{orderId:D}-2 1290");
    }

    private HttpClient Merchant() => factory.CreateMerchantClient();

    private static string ScarfLineId(JsonElement order) =>
        order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "SCARF-GRY").GetProperty("id").GetString()!;

    private async Task<(ChatClient Chat, Guid OrderId, string Number)> DeliveredOrderAsync()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 schal in den warenkorb");
        var link = await chat.CheckoutAsync();
        var orderId = Guid.Parse(new Uri(link.GetProperty("url").GetString()!).Segments.Last());
        var number = ShopQueries.OrderNumberIn(link);
        (await PostEventAsync(Completed($"evt_paid_{orderId:N}", orderId))).StatusCode.Should().Be(HttpStatusCode.OK);
        await chat.NextReplyAsync(); // the receipt
        (await Merchant().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "JJD000390007" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await chat.NextReplyAsync();
        (await Merchant().PostAsync($"/api/v1/orders/{number}/deliver", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await chat.NextReplyAsync();
        return (chat, orderId, number);
    }

    private async Task<HttpResponseMessage> PostEventAsync(string body)
    {
        var signature = StripeWebhook.SignatureHeader(StripeTestServices.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature);
        return await factory.CreateClient().SendAsync(request);
    }

    private static JsonNode Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", name)))!;

    private static string Completed(string eventId, Guid orderId)
    {
        var json = Fixture("checkout.session.completed.paid.json");
        json["id"] = eventId;
        json["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var session = json["data"]!["object"]!;
        session["client_reference_id"] = orderId.ToString();
        session["metadata"]!["order_id"] = orderId.ToString();
        session["payment_intent"] = $"pi_{orderId:N}";
        return json.ToJsonString();
    }

    /// <summary>Stripe's charge.refunded after a partial refund: the charge with what has been refunded so far.</summary>
    private static string ChargeRefunded(string eventId, Guid orderId, long amountRefunded)
    {
        var json = Fixture("charge.refunded.json");
        json["id"] = eventId;
        json["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var charge = json["data"]!["object"]!;
        charge["payment_intent"] = $"pi_{orderId:N}";
        charge["amount_refunded"] = amountRefunded;
        charge["refunded"] = false;
        charge["metadata"]!["order_id"] = orderId.ToString();
        return json.ToJsonString();
    }

    /// <summary>refund.updated (https://docs.stripe.com/api/events/types#event_types-refund.updated): not acted upon.</summary>
    private static string RefundUpdated(string eventId, Guid orderId) => new JsonObject
    {
        ["id"] = eventId,
        ["object"] = "event",
        ["type"] = "refund.updated",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["api_version"] = "2025-09-30.clover",
        ["livemode"] = false,
        ["data"] = new JsonObject
        {
            ["object"] = new JsonObject
            {
                ["id"] = "re_test_1",
                ["object"] = "refund",
                ["amount"] = 4900,
                ["currency"] = "eur",
                ["payment_intent"] = $"pi_{orderId:N}",
                ["status"] = "succeeded",
                ["metadata"] = new JsonObject { ["order_id"] = orderId.ToString() },
            },
        },
    }.ToJsonString();
}
