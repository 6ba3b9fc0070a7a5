using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Payments;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Api.Tests.Orders;

/// <summary>The demo shop with Stripe as its provider, Stripe played by a fake server on loopback.</summary>
public sealed class StripeShopFactory : ApiFactory, IAsyncLifetime
{
    public FakeStripeServer Stripe { get; private set; } = null!;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "Stripe",
        ["Payments:Stripe:SecretKey"] = StripeTestServices.SecretKey,
        ["Payments:Stripe:WebhookSecret"] = StripeTestServices.WebhookSecret,
        ["Payments:Stripe:ApiBaseUrl"] = Stripe.BaseUrl.ToString(),
    };

    public new async Task InitializeAsync()
    {
        Stripe = await FakeStripeServer.StartAsync();
        await base.InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

public sealed class StripeCheckoutEndToEndTests(StripeShopFactory factory) : IClassFixture<StripeShopFactory>
{
    [Fact]
    public async Task PaidThroughStripe_ShopperIsConfirmed_MerchantFulfils_ShopperIsTold()
    {
        var (chat, orderId, number) = await CheckoutAsync("2 socken in den warenkorb");
        var session = factory.Stripe.Requests.Last(r => r.Path == "/v1/checkout/sessions");
        session.Form["client_reference_id"].Should().Be(orderId.ToString());

        var response = await PostEventAsync(Completed($"evt_paid_{orderId:N}", orderId));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var receipt = (await chat.NextReplyAsync()).Single();
        receipt.GetProperty("text").GetString().Should().Contain($"Bestellung {number} ist bezahlt");
        var order = await factory.OrderAsync(number);
        order.GetProperty("status").GetString().Should().Be("Paid");
        order.GetProperty("shippingAddress").GetProperty("city").GetString().Should().Be("Berlin");

        (await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "JJD000390007" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("JJD000390007");
    }

    [Fact]
    public async Task ReplayedEvent_HasOneEffect()
    {
        var (chat, orderId, number) = await CheckoutAsync("1 basecap in den warenkorb");
        var paid = Completed($"evt_replay_{orderId:N}", orderId);

        (await PostEventAsync(paid)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostEventAsync(paid)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await chat.NextReplyAsync()).Should().ContainSingle();
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("the second delivery changes nothing");
        (await factory.OrderAsync(number)).GetProperty("history").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task TamperedOrStaleSignature_Is400_AndChangesNothing()
    {
        var (_, orderId, number) = await CheckoutAsync("1 schal in den warenkorb");
        var body = Completed($"evt_bad_{orderId:N}", orderId);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var tampered = await PostEventAsync(body.Replace("\"paid\"", "\"PAID\""), signedBody: body, timestamp: now);
        var stale = await PostEventAsync(body, timestamp: now - 301);
        var unsigned = await factory.CreateClient().PostAsync("/webhooks/stripe", new StringContent(body, Encoding.UTF8, "application/json"));

        tampered.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        stale.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unsigned.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("PendingPayment");
    }

    [Fact]
    public async Task ExpiredSession_ReturnsStock_AndTellsTheShopper()
    {
        var stockBefore = await factory.StockAsync("BAG-WKND");
        var (chat, orderId, number) = await CheckoutAsync("weekender in den warenkorb");
        (await factory.StockAsync("BAG-WKND")).Should().Be(stockBefore - 1);

        await PostEventAsync(Event($"evt_exp_{orderId:N}", "checkout.session.expired", orderId, paymentStatus: "unpaid", status: "expired"));

        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Bestellung {number}").And.Contain("abgelaufen");
        (await factory.StockAsync("BAG-WKND")).Should().Be(stockBefore);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Expired");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"evt_unknown_session\",\"type\":\"checkout.session.completed\",\"created\":1,\"data\":{\"object\":{\"id\":\"cs_nope\",\"client_reference_id\":\"00000000-0000-0000-0000-000000000001\",\"payment_status\":\"paid\"}}}")]
    public async Task OddBodies_AreAnsweredWithoutEffect(string body)
    {
        var response = await PostEventAsync(body);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ConcurrentRedeliveries_AreAllAcknowledged_AndHaveOneEffect()
    {
        var (chat, orderId, number) = await CheckoutAsync("1 basecap in den warenkorb");
        var paid = Completed($"evt_race_{orderId:N}", orderId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostEventAsync(paid)));

        answers.Select(a => a.StatusCode).Should().OnlyContain(status => status == HttpStatusCode.OK);
        (await chat.NextReplyAsync()).Should().ContainSingle();
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("one payment, one receipt");
        var order = await factory.OrderAsync(number);
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).Should().Equal("PendingPayment", "Paid");
    }

    [Fact]
    public async Task PaymentAfterExpiry_IsRefundedAutomatically_AndTheShopperIsTold()
    {
        var (chat, orderId, number) = await CheckoutAsync("1 schal in den warenkorb");
        await PostEventAsync(Event($"evt_exp_late_{orderId:N}", "checkout.session.expired", orderId, paymentStatus: "unpaid", status: "expired"));
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("abgelaufen");

        var late = await PostEventAsync(Completed($"evt_paid_late_{orderId:N}", orderId));

        late.StatusCode.Should().Be(HttpStatusCode.OK);
        var refund = factory.Stripe.Requests.Should().ContainSingle(r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == $"pi_{orderId:N}").Subject;
        refund.Form["amount"].Should().Be("8948", "the amount the shopper paid goes back in full");
        refund.Header("Idempotency-Key").Should().NotBeNullOrEmpty();
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain($"Bestellung {number}").And.Contain("zurückerstattet");
        var order = await factory.OrderAsync(number);
        order.GetProperty("status").GetString().Should().Be("Refunded");
        order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString())
            .Should().Equal("PendingPayment", "Expired", "Refunded");
    }

    [Fact]
    public async Task PaymentAfterExpiry_WhileStripeIsDown_Is503_AndTheRedeliveryRefunds()
    {
        var (chat, orderId, number) = await CheckoutAsync("1 basecap in den warenkorb");
        await PostEventAsync(Event($"evt_exp_down_{orderId:N}", "checkout.session.expired", orderId, paymentStatus: "unpaid", status: "expired"));
        await chat.NextReplyAsync();
        var late = Completed($"evt_paid_down_{orderId:N}", orderId);
        factory.Stripe.FailNext(503, FakeStripeServer.Error("api_error", null, "Down."), new Dictionary<string, string> { ["Stripe-Should-Retry"] = "false" });

        var first = await PostEventAsync(late);

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "Stripe redelivers what we could not apply");
        first.Headers.RetryAfter.Should().NotBeNull();
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Expired");

        (await PostEventAsync(late)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostEventAsync(late)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Refunded");
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("zurückerstattet");
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("the shopper hears of the refund once");
    }

    [Fact]
    public async Task MerchantCancelsAPaidOrder_HistoryShowsTheCancelAndTheRefund()
    {
        var (chat, orderId, number) = await CheckoutAsync("1 schal in den warenkorb");
        await PostEventAsync(Completed($"evt_paid_cancel_{orderId:N}", orderId));
        await chat.NextReplyAsync();

        (await factory.CreateMerchantClient().PostAsync($"/api/v1/orders/{number}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var order = await factory.OrderAsync(number);
        order.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("from").GetString()}→{h.GetProperty("to").GetString()}")
            .Should().Equal("→PendingPayment", "PendingPayment→Paid", "Paid→Cancelled", "Cancelled→Refunded");
        factory.Stripe.Requests.Should().ContainSingle(r => r.Path == "/v1/refunds" && r.Form["payment_intent"] == $"pi_{orderId:N}");
    }

    private async Task<(ChatClient Chat, Guid OrderId, string Number)> CheckoutAsync(string addText)
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var added = await chat.SayAsync(addText);
        ChatClient.AllText(added).Should().Contain("Warenkorb");
        var link = await chat.CheckoutAsync();
        var orderId = Guid.Parse(new Uri(link.GetProperty("url").GetString()!).Segments.Last());
        var number = ShopQueries.OrderNumberIn(link);
        return (chat, orderId, number);
    }

    private async Task<HttpResponseMessage> PostEventAsync(string body, string? signedBody = null, long? timestamp = null)
    {
        var t = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = StripeWebhook.SignatureHeader(StripeTestServices.WebhookSecret, t, signedBody ?? body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature);
        return await factory.CreateClient().SendAsync(request);
    }

    private static string Completed(string eventId, Guid orderId) =>
        Event(eventId, "checkout.session.completed", orderId, paymentStatus: "paid", status: "complete");

    /// <summary>An event as Stripe sends it: the full recorded checkout.session fixture, with this test's ids.</summary>
    private static string Event(string eventId, string type, Guid orderId, string paymentStatus, string status)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", "checkout.session.completed.paid.json")))!;
        json["id"] = eventId;
        json["type"] = type;
        json["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var session = json["data"]!["object"]!;
        session["client_reference_id"] = orderId.ToString();
        session["metadata"]!["order_id"] = orderId.ToString();
        session["payment_status"] = paymentStatus;
        session["status"] = status;
        session["payment_intent"] = $"pi_{orderId:N}";
        return json.ToJsonString();
    }
}
