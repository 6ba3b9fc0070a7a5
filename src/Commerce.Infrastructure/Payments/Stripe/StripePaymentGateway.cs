using System.Globalization;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe Checkout behind <see cref="IPaymentGateway"/>. Idempotency keys are derived from what is being done, so a
/// repeated call (a retried command, a second worker) returns Stripe's first answer instead of acting twice.
/// </summary>
public sealed class StripePaymentGateway(StripeClient client, IOptions<PaymentOptions> options, TimeProvider time) : IPaymentGateway
{
    public const string ProviderName = "Stripe";

    // Stripe accepts expires_at "between 30 minutes and 24 hours after the current time"
    // (https://docs.stripe.com/api/checkout/sessions/create#create_checkout_session-expires_at). A minute of margin on
    // each side absorbs clock skew and the time a retried request spends on the way.
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(31);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1);

    public string Name => ProviderName;

    public async Task<Result<PaymentSession>> CreateSessionAsync(PaymentSessionRequest request, CancellationToken cancellationToken)
    {
        // Keyed by order and requested expiry: a retry of this attempt replays the same session, while a new
        // payment attempt for the same order (new expiry) gets a new one.
        var key = $"checkout-{request.OrderId:D}-{request.ExpiresAt.ToUnixTimeSeconds()}";
        var result = await client.CreateCheckoutSessionAsync(CheckoutForm(request), key, cancellationToken);
        if (!result.IsSuccess)
            return result.Error!;

        var session = result.Value;
        if (string.IsNullOrEmpty(session.Url))
            return PaymentErrors.ProviderUnavailable("Stripe returned a checkout session without a URL.");
        return new PaymentSession(session.Id, session.Url, DateTimeOffset.FromUnixTimeSeconds(session.ExpiresAt));
    }

    public async Task<Result> ExpireSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var expired = await client.ExpireCheckoutSessionAsync(sessionId, $"expire-{sessionId}", cancellationToken);
        if (expired.IsSuccess)
            return Result.Success();
        if (expired.Error!.Code != PaymentErrors.Rejected)
            return expired.Error;

        // Stripe refuses to expire a session that is not open (https://docs.stripe.com/api/checkout/sessions/expire).
        // Its status tells which: already expired is what we wanted; complete means the shopper paid.
        var current = await client.GetCheckoutSessionAsync(sessionId, cancellationToken);
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
        var form = new StripeForm()
            .Add("payment_intent", request.PaymentReference)
            .Add("amount", request.AmountMinor)
            .Add("reason", "requested_by_customer")
            .Add("metadata", new Dictionary<string, string?>
            {
                ["order_id"] = request.OrderId.ToString("D"),
                ["reason"] = string.IsNullOrWhiteSpace(request.Reason) ? null : Truncate(request.Reason, 500),
            });
        var key = $"refund-{request.OrderId:D}-{request.AmountMinor.ToString(CultureInfo.InvariantCulture)}";
        var result = await client.CreateRefundAsync(form, key, cancellationToken);
        return result.Map(refund => new PaymentRefund(refund.Id, refund.Status ?? "pending"));
    }

    /// <summary>The Checkout Session parameters (https://docs.stripe.com/api/checkout/sessions/create).</summary>
    internal StripeForm CheckoutForm(PaymentSessionRequest request)
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
        return new StripeForm()
            .Add("mode", "payment")
            .Add("client_reference_id", request.OrderId.ToString("D"))
            .Add("line_items", request.Lines.Select(line => new Dictionary<string, object>
            {
                ["price_data"] = new Dictionary<string, object>
                {
                    ["currency"] = currency,
                    ["unit_amount"] = line.UnitAmountMinor,
                    ["product_data"] = new Dictionary<string, object> { ["name"] = line.Name },
                },
                ["quantity"] = line.Quantity,
            }).ToList())
            .Add("metadata", metadata)
            // Copied onto the PaymentIntent so its charge (and charge.refunded) can be traced back to the order.
            .Add("payment_intent_data", new Dictionary<string, object> { ["metadata"] = metadata })
            .Add("success_url", request.SuccessUrl)
            .Add("cancel_url", request.CancelUrl)
            .Add("expires_at", expiresAt)
            .Add("locale", Locale(request.Language))
            .Add("shipping_address_collection", new Dictionary<string, object>
            {
                ["allowed_countries"] = options.Value.ShippingCountries.Select(country => country.ToUpperInvariant()).ToList(),
            });
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
