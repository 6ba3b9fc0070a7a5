using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Payments;

/// <summary>
/// Stripe events in the shapes Stripe sends (Fixtures/*.json) are verified by Stripe.net and become provider-neutral
/// payment events; anything not signed by Stripe with our secret, within five minutes, is refused.
/// </summary>
public sealed class StripeWebhookTests : IDisposable
{
    private static readonly Guid OrderId = Guid.Parse("5f0c6c9e-0d7e-4a43-9a57-2b1f8d0e6a11");
    private static readonly PaymentAddress Berlin = new("Erika Mustermann", "Torstraße 1", "Hinterhaus", "10119", "Berlin", "DE");

    private static readonly long Now = StripeTestServices.Now.ToUnixTimeSeconds();

    private readonly ServiceProvider _services = StripeTestServices.Build();

    private StripeWebhook Webhook => _services.GetRequiredService<StripeWebhook>();

    public void Dispose() => _services.Dispose();

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", name));

    private static string Sign(string body, long? timestamp = null, string secret = StripeTestServices.WebhookSecret) =>
        StripeWebhook.SignatureHeader(secret, timestamp ?? Now, body);

    private PaymentEvent ParseFixture(string name)
    {
        var body = Fixture(name);
        var result = Webhook.Read(body, Sign(body));
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public void Parse_WhenCheckoutCompletedAndPaid_IsSucceededWithOrderAmountAndShipping()
    {
        var payment = ParseFixture("checkout.session.completed.paid.json");

        payment.Should().Be(new PaymentEvent(
            "Stripe", "evt_1Pq1", PaymentEventKind.Succeeded, OrderId, "cs_test_a1b2c3", "pi_3MtwBwLkdIwHu7ix28a3tqPa", 8948,
            DateTimeOffset.FromUnixTimeSeconds(1773489600), Berlin));
    }

    [Fact]
    public void Parse_WhenCheckoutCompletedButUnpaid_IsPendingWithTheCollectedShipping()
    {
        var payment = ParseFixture("checkout.session.completed.unpaid.json");

        payment.Kind.Should().Be(PaymentEventKind.Pending);
        payment.OrderId.Should().Be(OrderId);
        payment.ShippingAddress.Should().Be(Berlin);
    }

    [Fact]
    public void Parse_WhenCheckoutCompletedWithNoPaymentRequired_IsSucceededWithOrderFromMetadata()
    {
        var payment = ParseFixture("checkout.session.completed.no_payment_required.json");

        payment.Kind.Should().Be(PaymentEventKind.Succeeded);
        payment.OrderId.Should().Be(OrderId);
        payment.PaymentReference.Should().BeNull();
        payment.AmountMinor.Should().Be(0);
    }

    [Fact]
    public void Parse_WhenAsyncPaymentSucceeded_IsSucceeded()
    {
        var payment = ParseFixture("checkout.session.async_payment_succeeded.json");

        payment.Kind.Should().Be(PaymentEventKind.Succeeded);
        payment.EventId.Should().Be("evt_1Pq4");
        payment.OrderId.Should().Be(OrderId);
        payment.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1773576000));
    }

    [Fact]
    public void Parse_WhenAsyncPaymentFailed_IsFailed()
    {
        var payment = ParseFixture("checkout.session.async_payment_failed.json");

        payment.Kind.Should().Be(PaymentEventKind.Failed);
        payment.OrderId.Should().Be(OrderId);
        payment.SessionId.Should().Be("cs_test_a1b2c3");
    }

    [Fact]
    public void Parse_WhenSessionExpired_IsExpiredWithoutPaymentOrAddress()
    {
        var payment = ParseFixture("checkout.session.expired.json");

        payment.Kind.Should().Be(PaymentEventKind.Expired);
        payment.OrderId.Should().Be(OrderId);
        payment.SessionId.Should().Be("cs_test_a1b2c3");
        payment.PaymentReference.Should().BeNull();
        payment.ShippingAddress.Should().BeNull();
    }

    [Fact]
    public void Parse_WhenChargeRefunded_IsRefundedWithOrderFromChargeMetadata()
    {
        var payment = ParseFixture("charge.refunded.json");

        payment.Should().Be(new PaymentEvent(
            "Stripe", "evt_1Pq7", PaymentEventKind.Refunded, OrderId, null, "pi_3MtwBwLkdIwHu7ix28a3tqPa", 1999,
            DateTimeOffset.FromUnixTimeSeconds(1773662400)));
    }

    [Fact]
    public void Parse_WhenChargeRefundedWithoutMetadata_CarriesThePaymentIntentOnly()
    {
        var payment = ParseFixture("charge.refunded.without_metadata.json");

        payment.Kind.Should().Be(PaymentEventKind.Refunded);
        payment.OrderId.Should().BeNull();
        payment.PaymentReference.Should().Be("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        payment.AmountMinor.Should().Be(8948);
    }

    [Fact]
    public void Parse_WhenEventTypeIsNotOneWeActOn_IsIgnoredButValid()
    {
        var payment = ParseFixture("customer.created.json");

        payment.Kind.Should().Be(PaymentEventKind.Ignored);
        payment.EventId.Should().Be("evt_1Pq9");
        payment.OrderId.Should().BeNull();
    }

    [Fact]
    public void Read_WhenEventCarriesAnotherApiVersionThanTheLibrary_IsAccepted()
    {
        // Stripe sends events in the account's (or endpoint's) API version, which may be older than Stripe.net's pin.
        var body = Fixture("checkout.session.completed.paid.json").Replace("2026-10-28.endive", "2024-06-20");

        var result = Webhook.Read(body, Sign(body));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        result.Value.Kind.Should().Be(PaymentEventKind.Succeeded);
    }

    [Fact]
    public void Read_WhenOneOfSeveralV1SignaturesMatches_IsAccepted()
    {
        // During a secret roll Stripe signs with the old and the new secret.
        var body = Fixture("checkout.session.expired.json");
        var old = Sign(body, secret: "whsec_old");
        var header = $"{Sign(body)},v1={old[(old.IndexOf("v1=", StringComparison.Ordinal) + 3)..]}";

        Webhook.Read(body, header).IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("other-secret")]
    [InlineData("timestamp-changed")]
    [InlineData("too-old")]
    [InlineData("too-new")]
    public void Read_WhenNotSignedByStripeWithOurSecretJustNow_IsRefusedNamingTheHeader(string how)
    {
        var body = Fixture("checkout.session.completed.paid.json");
        var header = how switch
        {
            "tampered" => Sign(body.Replace("8948", "1")),
            "other-secret" => Sign(body, secret: "whsec_other"),
            "timestamp-changed" => Sign(body).Replace($"t={Now}", $"t={Now + 1}"),
            "too-old" => Sign(body, Now - 301),
            _ => Sign(body, Now + 301),
        };

        var result = Webhook.Read(body, header);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be(StripeWebhook.HeaderName);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Read_WhenTimestampIsExactly300SecondsAway_IsAccepted(int offsetSeconds)
    {
        var body = Fixture("checkout.session.expired.json");

        Webhook.Read(body, Sign(body, Now + offsetSeconds)).IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("t=,v1=")]
    [InlineData("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=99999999999999999999,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=-99999999999999999999,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=9223372036854775807,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=-9223372036854775808,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=253402300800,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1773489600")]
    [InlineData("t=1773489600,v1=not-hex")]
    [InlineData("t=1773489600,v0=0000000000000000000000000000000000000000000000000000000000000000")]
    public void Read_WhenHeaderIsMissingOrGarbled_IsRefusedNamingTheHeader(string? header)
    {
        var result = Webhook.Read(Fixture("checkout.session.expired.json"), header);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be(StripeWebhook.HeaderName);
        result.Error.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"id\": \"evt_1\", ")]
    [InlineData("[]")]
    [InlineData("{\"id\": \"evt_1\", \"created\": 99999999999999999999, \"type\": \"checkout.session.completed\"}")]
    [InlineData("{\"id\": \"evt_1\", \"type\": 5}")]
    public void Read_WhenSignedBodyIsNotAStripeEvent_IsRefusedWithAReason(string body)
    {
        var result = Webhook.Read(body, Sign(body));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().NotBeNullOrWhiteSpace();
    }
}
