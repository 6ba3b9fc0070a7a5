using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Verifies and reads Stripe's webhook events with Stripe.net (<see cref="EventUtility.ConstructEvent(string, string, string, long, long, bool)"/>):
/// <c>Stripe-Signature</c> over the raw body with the endpoint secret, 300 s tolerance against our clock, and events of
/// another API version than the library's accepted (Stripe sends the account's version). The event becomes a
/// provider-neutral <see cref="PaymentEvent"/>; types we do not act on are <see cref="PaymentEventKind.Ignored"/>.
/// </summary>
/// <remarks>
/// Checkout fulfilment follows https://docs.stripe.com/checkout/fulfillment: <c>checkout.session.completed</c> with
/// <c>payment_status=paid</c> (or <c>no_payment_required</c>) is paid; <c>unpaid</c> means a delayed method (e.g. SEPA
/// Direct Debit) whose outcome arrives as <c>checkout.session.async_payment_succeeded</c> or <c>_failed</c>.
/// </remarks>
public sealed class StripeWebhook(IOptions<PaymentOptions> options, TimeProvider time)
{
    public const string HeaderName = "Stripe-Signature";

    /// <summary>Stripe's libraries default to five minutes; older events are treated as replays.</summary>
    public const long ToleranceSeconds = 300;

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.Stripe.WebhookSecret);

    /// <summary>The event, or a validation error naming <see cref="HeaderName"/> (bad signature) or the body.</summary>
    public Result<PaymentEvent> Read(string body, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return Error.Validation(HeaderName, $"The {HeaderName} header is missing.");

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                body, signatureHeader, options.Value.Stripe.WebhookSecret, ToleranceSeconds,
                time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException exception)
        {
            // Stripe.net checks the signature and its age before it reads the body: its own exceptions are about those.
            return Error.Validation(HeaderName, exception.Message);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Signed with our secret but not an event Stripe.net can read.
            return Error.Validation("body", "The body is not a Stripe event.");
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            // A timestamp beyond what a number holds, for instance: not a signature Stripe made.
            return Error.Validation(HeaderName, $"The {HeaderName} header is malformed.");
        }

        return ToPaymentEvent(stripeEvent);
    }

    /// <summary>Signs like Stripe does; for tests and local tools that post events to our endpoint.</summary>
    public static string SignatureHeader(string secret, long timestamp, string body) =>
        $"t={timestamp},v1={EventUtility.ComputeSignature(secret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), body)}";

    private static Result<PaymentEvent> ToPaymentEvent(Event stripeEvent)
    {
        if (string.IsNullOrEmpty(stripeEvent.Id) || string.IsNullOrEmpty(stripeEvent.Type))
            return Error.Validation("body", "The body is not a Stripe event (id and type are required).");

        var occurredAt = new DateTimeOffset(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc));
        var data = stripeEvent.Data?.Object;
        return (stripeEvent.Type, data) switch
        {
            (EventTypes.CheckoutSessionCompleted, Session session) => FromSession(stripeEvent.Id, CompletedKind(session.PaymentStatus), session, occurredAt),
            (EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session session) => FromSession(stripeEvent.Id, PaymentEventKind.Succeeded, session, occurredAt),
            (EventTypes.CheckoutSessionAsyncPaymentFailed, Session session) => FromSession(stripeEvent.Id, PaymentEventKind.Failed, session, occurredAt),
            (EventTypes.CheckoutSessionExpired, Session session) => FromSession(stripeEvent.Id, PaymentEventKind.Expired, session, occurredAt),
            (EventTypes.ChargeRefunded, Charge charge) => FromCharge(stripeEvent.Id, charge, occurredAt),
            _ => new PaymentEvent(StripePaymentGateway.ProviderName, stripeEvent.Id, PaymentEventKind.Ignored, null, null, null, null, occurredAt),
        };
    }

    private static PaymentEventKind CompletedKind(string? paymentStatus) => paymentStatus switch
    {
        "paid" or "no_payment_required" => PaymentEventKind.Succeeded,
        _ => PaymentEventKind.Pending, // "unpaid": a delayed method; its outcome follows as its own event.
    };

    /// <summary>https://docs.stripe.com/api/checkout/sessions/object</summary>
    private static PaymentEvent FromSession(string eventId, PaymentEventKind kind, Session session, DateTimeOffset occurredAt) =>
        new(
            StripePaymentGateway.ProviderName,
            eventId,
            kind,
            OrderId(session.ClientReferenceId) ?? OrderId(session.Metadata?.GetValueOrDefault("order_id")),
            session.Id,
            session.PaymentIntentId,
            session.AmountTotal,
            occurredAt,
            Address(session.CollectedInformation?.ShippingDetails));

    /// <summary>https://docs.stripe.com/api/charges/object — metadata comes from the PaymentIntent we created.</summary>
    private static PaymentEvent FromCharge(string eventId, Charge charge, DateTimeOffset occurredAt) =>
        new(
            StripePaymentGateway.ProviderName,
            eventId,
            PaymentEventKind.Refunded,
            OrderId(charge.Metadata?.GetValueOrDefault("order_id")),
            null,
            charge.PaymentIntentId,
            charge.AmountRefunded,
            occurredAt);

    private static PaymentAddress? Address(SessionCollectedInformationShippingDetails? shipping) =>
        shipping is null
            ? null
            : new PaymentAddress(
                shipping.Name,
                shipping.Address?.Line1,
                shipping.Address?.Line2,
                shipping.Address?.PostalCode,
                shipping.Address?.City,
                shipping.Address?.Country);

    private static Guid? OrderId(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
