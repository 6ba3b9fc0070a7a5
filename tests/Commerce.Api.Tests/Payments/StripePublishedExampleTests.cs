using System.Text.Json.Nodes;
using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Payments;

/// <summary>
/// Stripe's own published example objects (Fixtures/Published, copied unchanged from the fixtures Stripe publishes
/// for its API and serves from stripe-mock) wrapped in Stripe's published event envelope: only the values that are
/// ours (the order in <c>metadata</c>, the amount, the state the event reports) are set on top. The envelope keeps its
/// published <c>api_version</c> (2022-11-15), older than Stripe.net's pin, as an account on an old version sends it.
/// </summary>
public sealed class StripePublishedExampleTests : IDisposable
{
    private static readonly Guid OrderId = Guid.Parse("0b0d61f4-3f3c-4d57-8a39-5bde3b7a4a10");
    private const string PublishedPaymentIntent = "pi_1MoS6fLgUG5tbmjca6AdBPsl";
    private const string PublishedSession = "cs_test_a1vvp1B50lYAE8U2KLu1lzd6US91IMmBfnLfDXmJiKOQIzXbgFKgxUviQu";

    private readonly ServiceProvider _services = StripeTestServices.Build();

    public void Dispose() => _services.Dispose();

    private static JsonObject Published(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", "Published", name)))!
            .AsObject();

    /// <summary>The published event envelope around <paramref name="dataObject"/>, as type <paramref name="type"/>.</summary>
    private static string Event(string type, JsonObject dataObject, string eventId)
    {
        var envelope = Published("event.json");
        envelope["id"] = eventId;
        envelope["type"] = type;
        envelope["created"] = StripeTestServices.Now.ToUnixTimeSeconds();
        envelope["data"]!["object"] = dataObject;
        return envelope.ToJsonString();
    }

    private static JsonObject Session(string status, string paymentStatus, long amountTotal)
    {
        var session = Published("checkout.session.json");
        session["status"] = status;
        session["payment_status"] = paymentStatus;
        session["amount_subtotal"] = amountTotal;
        session["amount_total"] = amountTotal;
        session["currency"] = "eur";
        session["metadata"] = new JsonObject { ["order_id"] = OrderId.ToString() };
        return session;
    }

    private PaymentEvent Read(string body)
    {
        var webhook = _services.GetRequiredService<StripeWebhook>();
        var header = StripeWebhook.SignatureHeader(StripeTestServices.WebhookSecret, StripeTestServices.Now.ToUnixTimeSeconds(), body);
        var result = webhook.Read(body, header);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public void PublishedSession_CompletedAndPaid_IsTheOrdersPayment()
    {
        var payment = Read(Event("checkout.session.completed", Session("complete", "paid", 15970), "evt_published_1"));

        payment.Kind.Should().Be(PaymentEventKind.Succeeded);
        payment.EventId.Should().Be("evt_published_1");
        payment.OrderId.Should().Be(OrderId, "the published session has no client_reference_id, so the metadata names the order");
        payment.SessionId.Should().Be(PublishedSession);
        payment.PaymentReference.Should().Be(PublishedPaymentIntent);
        payment.AmountMinor.Should().Be(15970);
        payment.ShippingAddress.Should().BeNull("the published session collected no shipping details");
    }

    [Fact]
    public void PublishedSession_CompletedButStillUnpaid_IsPending()
    {
        var payment = Read(Event("checkout.session.completed", Session("complete", "unpaid", 15970), "evt_published_2"));

        payment.Kind.Should().Be(PaymentEventKind.Pending);
        payment.OrderId.Should().Be(OrderId);
    }

    [Theory]
    [InlineData("checkout.session.async_payment_succeeded", "complete", "paid", PaymentEventKind.Succeeded)]
    [InlineData("checkout.session.async_payment_failed", "complete", "unpaid", PaymentEventKind.Failed)]
    [InlineData("checkout.session.expired", "expired", "unpaid", PaymentEventKind.Expired)]
    public void PublishedSession_LaterEvents_KeepTheirMeaning(string type, string status, string paymentStatus, PaymentEventKind kind)
    {
        var payment = Read(Event(type, Session(status, paymentStatus, 8948), "evt_" + type));

        payment.Kind.Should().Be(kind);
        payment.OrderId.Should().Be(OrderId);
        payment.SessionId.Should().Be(PublishedSession);
    }

    [Fact]
    public void PublishedCharge_Refunded_IsARefundOfTheOrder()
    {
        var charge = Published("charge.json");
        charge["amount"] = 15970;
        charge["amount_captured"] = 15970;
        charge["amount_refunded"] = 15970;
        charge["captured"] = true;
        charge["refunded"] = true;
        charge["currency"] = "eur";
        charge["payment_intent"] = PublishedPaymentIntent;
        charge["metadata"] = new JsonObject { ["order_id"] = OrderId.ToString() };

        var payment = Read(Event("charge.refunded", charge, "evt_published_refund"));

        payment.Kind.Should().Be(PaymentEventKind.Refunded);
        payment.OrderId.Should().Be(OrderId);
        payment.PaymentReference.Should().Be(PublishedPaymentIntent);
        payment.AmountMinor.Should().Be(15970);
    }

    [Fact]
    public void PublishedEvent_AsPublished_IsValidAndIgnored()
    {
        // payment_intent.created, byte for byte as published.
        var payment = Read(Published("event.json").ToJsonString());

        payment.Kind.Should().Be(PaymentEventKind.Ignored);
        payment.EventId.Should().Be("evt_1MoS6tLgUG5tbmjchDsX6fiT");
        payment.OrderId.Should().BeNull();
    }
}
