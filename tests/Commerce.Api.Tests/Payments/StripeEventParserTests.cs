using System.Text;
using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Api.Tests.Payments;

/// <summary>Stripe events in their documented shapes (Fixtures/*.json) become provider-neutral payment events.</summary>
public sealed class StripeEventParserTests
{
    private static readonly Guid OrderId = Guid.Parse("5f0c6c9e-0d7e-4a43-9a57-2b1f8d0e6a11");
    private static readonly PaymentAddress Berlin = new("Erika Mustermann", "Torstraße 1", "Hinterhaus", "10119", "Berlin", "DE");

    private readonly StripeEventParser _parser = new();

    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", name));

    private PaymentEvent ParseFixture(string name)
    {
        var result = _parser.Parse(Fixture(name));
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
    public void Parse_WhenCheckoutCompletedButUnpaid_IsPendingAndReadsTopLevelShipping()
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

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"id\": \"evt_1\", ")]
    [InlineData("[]")]
    [InlineData("{\"id\": \"evt_1\", \"type\": \"checkout.session.completed\"}")]
    [InlineData("{\"id\": \"evt_1\", \"type\": \"checkout.session.completed\", \"created\": 1773489600, \"data\": {}}")]
    public void Parse_WhenBodyIsNotAStripeEvent_FailsWithAReason(string body)
    {
        var result = _parser.Parse(Encoding.UTF8.GetBytes(body));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be("body");
        result.Error.Message.Should().NotBeNullOrWhiteSpace();
    }
}
