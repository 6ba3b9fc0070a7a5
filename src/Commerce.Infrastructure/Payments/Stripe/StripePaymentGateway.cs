using System.Globalization;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe Checkout behind <see cref="IPaymentGateway"/>, through Stripe.net. Idempotency keys are derived from what is
/// being done, so a repeated call (a retried command, a second worker) returns Stripe's first answer instead of acting
/// twice; Stripe.net reuses the key for its own network retries. Stripe's errors become <see cref="PaymentErrors"/>
/// results, never exceptions.
/// </summary>
public sealed class StripePaymentGateway(
    StripeConnection connection, IOptions<PaymentOptions> options, TimeProvider time, ILogger<StripePaymentGateway> logger) : IPaymentGateway
{
    public const string ProviderName = "Stripe";

    // Stripe accepts expires_at "between 30 minutes and 24 hours after the current time"
    // (https://docs.stripe.com/api/checkout/sessions/create#create_checkout_session-expires_at). A minute of margin on
    // each side absorbs clock skew and the time a retried request spends on the way.
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(31);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1);

    public string Name => ProviderName;

    private SessionService Sessions => new(connection.Client);

    public async Task<Result<PaymentSession>> CreateSessionAsync(PaymentSessionRequest request, CancellationToken cancellationToken)
    {
        // Keyed by order and requested expiry: a retry of this attempt replays the same session, while a new
        // payment attempt for the same order (new expiry) gets a new one.
        var key = $"checkout-{request.OrderId:D}-{request.ExpiresAt.ToUnixTimeSeconds()}";
        var created = await CallAsync(
            token => Sessions.CreateAsync(CheckoutOptions(request), new RequestOptions { IdempotencyKey = key }, token), cancellationToken);
        if (!created.IsSuccess)
            return created.Error!;

        var session = created.Value;
        if (string.IsNullOrEmpty(session.Url))
            return PaymentErrors.ProviderUnavailable("Stripe returned a checkout session without a URL.");
        return new PaymentSession(session.Id, session.Url, new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)));
    }

    public async Task<Result> ExpireSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var expired = await CallAsync(
            token => Sessions.ExpireAsync(sessionId, null, new RequestOptions { IdempotencyKey = $"expire-{sessionId}" }, token),
            cancellationToken);
        if (expired.IsSuccess)
            return Result.Success();
        if (expired.Error!.Code != PaymentErrors.Rejected)
            return expired.Error;

        // Stripe refuses to expire a session that is not open (https://docs.stripe.com/api/checkout/sessions/expire).
        // Its status tells which: already expired is what we wanted; complete means the shopper paid.
        var current = await CallAsync(token => Sessions.GetAsync(sessionId, null, null, token), cancellationToken);
        return current.IsSuccess
            ? current.Value.Status switch
            {
                "expired" => Result.Success(),
                "complete" => PaymentErrors.SessionCompleted(sessionId),
                _ => expired.Error,
            }
            : expired.Error;
    }

    public async Task<Result<PaymentRefund>> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken)
    {
        // https://docs.stripe.com/api/refunds/create — Stripe's reason is an enum; our own wording goes to metadata.
        var metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString("D") };
        if (!string.IsNullOrWhiteSpace(request.Reason))
            metadata["reason"] = Truncate(request.Reason, 500);
        var refundOptions = new RefundCreateOptions
        {
            PaymentIntent = request.PaymentReference,
            Amount = request.AmountMinor,
            Reason = "requested_by_customer",
            Metadata = metadata,
        };
        var key = request.IdempotencyKey ?? $"refund-{request.OrderId:D}-{request.AmountMinor.ToString(CultureInfo.InvariantCulture)}";
        var refunded = await CallAsync(
            token => new RefundService(connection.Client).CreateAsync(refundOptions, new RequestOptions { IdempotencyKey = key }, token),
            cancellationToken);
        return refunded.Map(refund => new PaymentRefund(refund.Id, refund.Status ?? "pending"));
    }

    /// <summary>The Checkout Session parameters (https://docs.stripe.com/api/checkout/sessions/create).</summary>
    internal SessionCreateOptions CheckoutOptions(PaymentSessionRequest request)
    {
        var now = time.GetUtcNow();
        var expiresAt = Clamp(request.ExpiresAt, now + ShortestLifetime, now + LongestLifetime);
        var metadata = new Dictionary<string, string>
        {
            ["order_id"] = request.OrderId.ToString("D"),
            ["order_number"] = request.OrderNumber.ToString(CultureInfo.InvariantCulture),
        };
        var currency = request.Currency.ToLowerInvariant(); // Stripe's currency codes are lower-case ISO 4217.

        // No payment_method_types: Stripe then offers the methods enabled in the dashboard (dynamic payment methods).
        return new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId.ToString("D"),
            LineItems = [.. request.Lines.Select(line => new SessionLineItemOptions
            {
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = currency,
                    UnitAmount = line.UnitAmountMinor,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = line.Name },
                },
                Quantity = line.Quantity,
            })],
            Metadata = metadata,
            // Copied onto the PaymentIntent so its charge (and charge.refunded) can be traced back to the order.
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = expiresAt.UtcDateTime,
            Locale = Locale(request.Language),
            ShippingAddressCollection = new SessionShippingAddressCollectionOptions
            {
                AllowedCountries = [.. options.Value.ShippingCountries.Select(country => country.ToUpperInvariant())],
            },
        };
    }

    /// <summary>One Stripe call (Stripe.net has already spent its retries when it throws), as a result.</summary>
    private async Task<Result<T>> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (StripeException exception) when (exception.HttpStatusCode != 0)
        {
            return ToError(exception);
        }
        catch (StripeException exception)
        {
            // No HTTP answer at all: Stripe could not be reached or did not answer in time.
            logger.LogWarning("Stripe could not be reached: {Reason}", exception.InnerException?.GetType().Name ?? "no answer");
            return PaymentErrors.ProviderUnavailable("Stripe could not be reached.");
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("Stripe could not be reached: {Reason}", exception.HttpRequestError);
            return PaymentErrors.ProviderUnavailable("Stripe could not be reached.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Stripe did not answer in time");
            return PaymentErrors.ProviderUnavailable("Stripe did not answer in time.");
        }
    }

    private Error ToError(StripeException exception)
    {
        var status = (int)exception.HttpStatusCode;
        var error = exception.StripeError;
        // Type, code and request id identify the failure for Stripe's support; the request itself stays out of logs.
        logger.LogWarning(
            "Stripe answered {Status} ({ErrorType}/{ErrorCode}), request {RequestId}",
            status, error?.Type, error?.Code, exception.StripeResponse?.RequestId);

        var detail = Describe(error, status);
        // Stripe's own failures and rate limits are "try again later" once the retries are spent; a rejected key
        // (401/403) is our configuration, not the shopper's input.
        return status is 401 or 403 or 409 or 429 or >= 500
            ? PaymentErrors.ProviderUnavailable(detail)
            : PaymentErrors.ProviderRejected(detail);
    }

    private static string Describe(StripeError? error, int status)
    {
        if (error is null)
            return $"Stripe answered {status}.";

        var code = error.DeclineCode ?? error.Code;
        var parts = new List<string> { error.Message ?? $"Stripe answered {status}." };
        if (error.Type is not null || code is not null)
            parts.Add($"({string.Join('/', new[] { error.Type, code }.Where(part => part is not null))})");
        if (error.Param is not null)
            parts.Add($"[param {error.Param}]");
        return string.Join(' ', parts);
    }

    private static DateTimeOffset Clamp(DateTimeOffset value, DateTimeOffset min, DateTimeOffset max) =>
        value < min ? min : value > max ? max : value;

    private static string Locale(string language) => language.ToLowerInvariant() switch
    {
        var lang when lang.StartsWith("de", StringComparison.Ordinal) => "de",
        var lang when lang.StartsWith("en", StringComparison.Ordinal) => "en",
        _ => "auto",
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
