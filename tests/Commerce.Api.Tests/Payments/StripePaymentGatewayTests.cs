using System.Net;
using System.Net.Sockets;
using Commerce.Application.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Payments;

/// <summary>The exact requests our Stripe gateway sends, checked against a fake Stripe server.</summary>
public sealed class StripePaymentGatewayTests : IAsyncLifetime
{
    private static readonly Guid OrderId = Guid.Parse("5f0c6c9e-0d7e-4a43-9a57-2b1f8d0e6a11");

    private FakeStripeServer _stripe = null!;
    private ServiceProvider _services = null!;

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();

    public async Task InitializeAsync()
    {
        _stripe = await FakeStripeServer.StartAsync();
        _services = StripeTestServices.Build(_stripe.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    private static PaymentSessionRequest TwoLineOrder(TimeSpan? lifetime = null, string language = "de") => new(
        OrderId,
        10042,
        "EUR",
        [new PaymentLine("T-Shirt Weiß M", 1999, 2), new PaymentLine("Hoodie Grau L", 4950, 1)],
        language,
        "http://localhost:5080/pay/10042/success",
        "http://localhost:5080/pay/10042/cancel",
        StripeTestServices.Now + (lifetime ?? TimeSpan.FromHours(1)));

    [Fact]
    public async Task CreateSession_WithTwoLines_PostsCheckoutFormInBracketNotation()
    {
        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        var request = _stripe.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v1/checkout/sessions");
        var expiresAt = (StripeTestServices.Now + TimeSpan.FromHours(1)).ToUnixTimeSeconds().ToString();
        request.Form.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["mode"] = "payment",
            ["client_reference_id"] = OrderId.ToString(),
            ["line_items[0][price_data][currency]"] = "eur",
            ["line_items[0][price_data][unit_amount]"] = "1999",
            ["line_items[0][price_data][product_data][name]"] = "T-Shirt Weiß M",
            ["line_items[0][quantity]"] = "2",
            ["line_items[1][price_data][currency]"] = "eur",
            ["line_items[1][price_data][unit_amount]"] = "4950",
            ["line_items[1][price_data][product_data][name]"] = "Hoodie Grau L",
            ["line_items[1][quantity]"] = "1",
            ["metadata[order_id]"] = OrderId.ToString(),
            ["metadata[order_number]"] = "10042",
            ["payment_intent_data[metadata][order_id]"] = OrderId.ToString(),
            ["payment_intent_data[metadata][order_number]"] = "10042",
            ["success_url"] = "http://localhost:5080/pay/10042/success",
            ["cancel_url"] = "http://localhost:5080/pay/10042/cancel",
            ["expires_at"] = expiresAt,
            ["locale"] = "de",
            ["shipping_address_collection[allowed_countries][0]"] = "DE",
            ["shipping_address_collection[allowed_countries][1]"] = "AT",
        });
        result.Value.Should().Be(new PaymentSession(
            "cs_test_a1", "https://checkout.stripe.com/c/pay/cs_test_a1", StripeTestServices.Now + TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task CreateSession_Always_SendsBearerKeyPinnedVersionAndIdempotencyKey()
    {
        await Gateway.CreateSessionAsync(TwoLineOrder(language: "en"), default);

        var request = _stripe.Requests.Should().ContainSingle().Subject;
        request.Header("Authorization").Should().Be($"Bearer {StripeTestServices.SecretKey}");
        request.Header("Stripe-Version").Should().Be(global::Stripe.StripeConfiguration.ApiVersion);
        request.Header("Idempotency-Key").Should().Be($"checkout-{OrderId}-{(StripeTestServices.Now + TimeSpan.FromHours(1)).ToUnixTimeSeconds()}");
        request.Header("Content-Type").Should().StartWith("application/x-www-form-urlencoded");
        request.Form["locale"].Should().Be("en");
    }

    [Fact]
    public async Task CreateSession_CalledTwiceForTheSameAttempt_UsesTheSameIdempotencyKey()
    {
        await Gateway.CreateSessionAsync(TwoLineOrder(), default);
        await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        _stripe.Requests.Select(request => request.Header("Idempotency-Key")).Distinct().Should().ContainSingle();
    }

    [Theory]
    [InlineData(5, 31 * 60)]
    [InlineData(48 * 60, 24 * 60 * 60 - 60)]
    public async Task CreateSession_WhenExpiryIsOutsideStripesRange_ClampsExpiresAt(int requestedMinutes, int sentSeconds)
    {
        await Gateway.CreateSessionAsync(TwoLineOrder(TimeSpan.FromMinutes(requestedMinutes)), default);

        var sent = long.Parse(_stripe.Requests.Single().Form["expires_at"]);
        sent.Should().Be(StripeTestServices.Now.ToUnixTimeSeconds() + sentSeconds);
    }

    [Fact]
    public async Task CreateSession_WhenStripeFailsOnceWith500_RetriesOnceWithTheSameKeyAndBody()
    {
        _stripe.FailNextWithServerError();

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        var requests = _stripe.Requests;
        requests.Should().HaveCount(2);
        requests[1].Header("Idempotency-Key").Should().NotBeNull().And.Be(requests[0].Header("Idempotency-Key"));
        requests[1].Form.Should().BeEquivalentTo(requests[0].Form);
    }

    [Fact]
    public async Task CreateSession_WhenRateLimited_IsUnavailableSoTheCallerTriesLater()
    {
        // Stripe.net leaves a plain 429 to the caller (checkout answers "try again" and the shopper's next tap retries).
        _stripe.FailNextWithRateLimit();

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Unavailable);
        _stripe.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task CreateSession_WhenRateLimitedAndStripeSaysRetry_RetriesWithTheSameKey()
    {
        _stripe.FailNext(429, FakeStripeServer.Error("invalid_request_error", "lock_timeout", "Try again."),
            new Dictionary<string, string> { ["Stripe-Should-Retry"] = "true" });

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        _stripe.Requests.Select(request => request.Header("Idempotency-Key")).Should().HaveCount(2).And.OnlyContain(key => key == _stripe.Requests[0].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CreateSession_WhenStripeSaysShouldRetry_RetriesEvenA409()
    {
        _stripe.FailNext(409, FakeStripeServer.Error("idempotency_error", null, "A request with this key is in progress."),
            new Dictionary<string, string> { ["Stripe-Should-Retry"] = "true" });

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        _stripe.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task CreateSession_WhenStripeSaysShouldNotRetry_DoesNotRetryA500()
    {
        _stripe.FailNext(500, FakeStripeServer.Error("api_error", null, "Something went wrong."),
            new Dictionary<string, string> { ["Stripe-Should-Retry"] = "false" });

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Unavailable);
        _stripe.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task CreateSession_WhenCardIsDeclined_DoesNotRetryAndReturnsRejected()
    {
        _stripe.FailNextWithCardError();

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Rejected);
        result.Error.Message.Should().Contain("Your card was declined.").And.Contain("card_declined");
        _stripe.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task CreateSession_WhenRequestIsInvalid_DoesNotRetryAndNamesTheParameter()
    {
        _stripe.FailNextWithInvalidRequest("Invalid URL: cancel_url must be a valid URL.", "cancel_url");

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Rejected);
        result.Error.Message.Should().Contain("cancel_url");
        _stripe.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task CreateSession_WhenStripeKeepsFailing_GivesUpAfterThreeAttemptsAsUnavailable()
    {
        for (var i = 0; i < 3; i++)
            _stripe.FailNextWithServerError();

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Unavailable);
        _stripe.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task CreateSession_WhenStripeIsUnreachable_ReturnsUnavailable()
    {
        await using var services = StripeTestServices.Build(new Uri($"http://127.0.0.1:{ClosedPort()}"));

        var result = await services.GetRequiredService<IPaymentGateway>().CreateSessionAsync(TwoLineOrder(), default);

        result.Error!.Code.Should().Be(PaymentErrors.Unavailable);
    }

    [Fact]
    public async Task CreateSession_WhenAnAttemptTimesOut_RetriesItWithTheSameKey()
    {
        _stripe.StallNext(StripeTestServices.AttemptTimeout * 5);

        var result = await Gateway.CreateSessionAsync(TwoLineOrder(), default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        _stripe.Requests.Should().HaveCount(2);
        _stripe.Requests[1].Header("Idempotency-Key").Should().Be(_stripe.Requests[0].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CreateSession_WhenCallerCancels_StopsWithoutRetrying()
    {
        _stripe.StallNext(StripeTestServices.AttemptTimeout * 5);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var create = () => Gateway.CreateSessionAsync(TwoLineOrder(), cancellation.Token);

        await create.Should().ThrowAsync<OperationCanceledException>();
        _stripe.Requests.Should().ContainSingle();
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task ExpireSession_WhenOpen_PostsExpireWithAKeyForTheSession()
    {
        var result = await Gateway.ExpireSessionAsync("cs_test_a1", default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        var request = _stripe.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v1/checkout/sessions/cs_test_a1/expire");
        request.Header("Idempotency-Key").Should().Be("expire-cs_test_a1");
    }

    [Fact]
    public async Task ExpireSession_WhenAlreadyExpired_Succeeds()
    {
        _stripe.FailNextWithInvalidRequest("Only Checkout Sessions with a status in [\"open\"] can be expired.");
        _stripe.SessionStatus = "expired";

        var result = await Gateway.ExpireSessionAsync("cs_test_a1", default);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        _stripe.Requests.Select(request => $"{request.Method} {request.Path}").Should().Equal(
            "POST /v1/checkout/sessions/cs_test_a1/expire", "GET /v1/checkout/sessions/cs_test_a1");
    }

    [Fact]
    public async Task ExpireSession_WhenAlreadyPaid_ReturnsSessionCompleted()
    {
        _stripe.FailNextWithInvalidRequest("Only Checkout Sessions with a status in [\"open\"] can be expired.");
        _stripe.SessionStatus = "complete";

        var result = await Gateway.ExpireSessionAsync("cs_test_a1", default);

        result.Error!.Code.Should().Be(PaymentErrors.Completed);
    }

    [Fact]
    public async Task Refund_WithPartialAmount_PostsRefundForThePaymentIntent()
    {
        var result = await Gateway.RefundAsync(new PaymentRefundRequest(OrderId, "pi_3MtwBwLkdIwHu7ix28a3tqPa", 1999, "Artikel beschädigt"), default);

        result.Value.Should().Be(new PaymentRefund("re_test_1", "succeeded"));
        var request = _stripe.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/v1/refunds");
        request.Header("Idempotency-Key").Should().Be($"refund-{OrderId}-1999");
        request.Form.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["payment_intent"] = "pi_3MtwBwLkdIwHu7ix28a3tqPa",
            ["amount"] = "1999",
            ["reason"] = "requested_by_customer",
            ["metadata[order_id]"] = OrderId.ToString(),
            ["metadata[reason]"] = "Artikel beschädigt",
        });
    }

    [Fact]
    public async Task Refund_WhenAlreadyRefunded_ReturnsRejected()
    {
        _stripe.FailNext(400, FakeStripeServer.Error("invalid_request_error", "charge_already_refunded", "Charge ch_1 has already been refunded."));

        var result = await Gateway.RefundAsync(new PaymentRefundRequest(OrderId, "pi_1", 1999, ""), default);

        result.Error!.Code.Should().Be(PaymentErrors.Rejected);
        result.Error.Message.Should().Contain("charge_already_refunded");
    }
}
