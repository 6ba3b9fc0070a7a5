using System.Text.Json;
using Commerce.Application.Payments;
using Commerce.Domain.Common;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Turns a verified Stripe event (https://docs.stripe.com/api/events/object) into a provider-neutral
/// <see cref="PaymentEvent"/>. Event types we do not act on are valid events of kind <see cref="PaymentEventKind.Ignored"/>,
/// so the endpoint can acknowledge them; only a body that is not a Stripe event is a failure.
/// </summary>
/// <remarks>
/// Checkout fulfilment follows https://docs.stripe.com/checkout/fulfillment: <c>checkout.session.completed</c> with
/// <c>payment_status=paid</c> (or <c>no_payment_required</c>) is paid; <c>unpaid</c> means a delayed method (e.g. SEPA
/// Direct Debit) whose outcome arrives as <c>checkout.session.async_payment_succeeded</c> or <c>_failed</c>.
/// </remarks>
public sealed class StripeEventParser
{
    public Result<PaymentEvent> Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return Invalid("The body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "id") is not { } id
                || Text(root, "type") is not { } type
                || Number(root, "created") is not { } created
                || Child(Child(root, "data"), "object") is not { } data)
                return Invalid("The body is not a Stripe event (id, type, created and data.object are required).");

            var occurredAt = DateTimeOffset.FromUnixTimeSeconds(created);
            return type switch
            {
                "checkout.session.completed" => FromSession(id, CompletedKind(Text(data, "payment_status")), data, occurredAt),
                "checkout.session.async_payment_succeeded" => FromSession(id, PaymentEventKind.Succeeded, data, occurredAt),
                "checkout.session.async_payment_failed" => FromSession(id, PaymentEventKind.Failed, data, occurredAt),
                "checkout.session.expired" => FromSession(id, PaymentEventKind.Expired, data, occurredAt),
                "charge.refunded" => FromCharge(id, data, occurredAt),
                _ => new PaymentEvent(StripePaymentGateway.ProviderName, id, PaymentEventKind.Ignored, null, null, null, null, occurredAt),
            };
        }
    }

    private static PaymentEventKind CompletedKind(string? paymentStatus) => paymentStatus switch
    {
        "paid" or "no_payment_required" => PaymentEventKind.Succeeded,
        _ => PaymentEventKind.Pending, // "unpaid": a delayed method; its outcome follows as its own event.
    };

    /// <summary>https://docs.stripe.com/api/checkout/sessions/object</summary>
    private static PaymentEvent FromSession(string eventId, PaymentEventKind kind, JsonElement session, DateTimeOffset occurredAt) =>
        new(
            StripePaymentGateway.ProviderName,
            eventId,
            kind,
            OrderId(Text(session, "client_reference_id")) ?? OrderId(Text(Child(session, "metadata"), "order_id")),
            Text(session, "id"),
            Reference(session, "payment_intent"),
            Number(session, "amount_total"),
            occurredAt,
            // Newer API versions move it under collected_information; older ones have it at the top level.
            Address(Child(Child(session, "collected_information"), "shipping_details") ?? Child(session, "shipping_details")));

    /// <summary>https://docs.stripe.com/api/charges/object — metadata comes from the PaymentIntent we created.</summary>
    private static PaymentEvent FromCharge(string eventId, JsonElement charge, DateTimeOffset occurredAt) =>
        new(
            StripePaymentGateway.ProviderName,
            eventId,
            PaymentEventKind.Refunded,
            OrderId(Text(Child(charge, "metadata"), "order_id")),
            null,
            Reference(charge, "payment_intent"),
            Number(charge, "amount_refunded"),
            occurredAt);

    private static PaymentAddress? Address(JsonElement? shipping)
    {
        if (shipping is null)
            return null;
        var address = Child(shipping, "address");
        return new PaymentAddress(
            Text(shipping, "name"),
            Text(address, "line1"),
            Text(address, "line2"),
            Text(address, "postal_code"),
            Text(address, "city"),
            Text(address, "country"));
    }

    private static Guid? OrderId(string? value) => Guid.TryParse(value, out var id) ? id : null;

    /// <summary>An id field that may also arrive expanded into its object.</summary>
    private static string? Reference(JsonElement parent, string name) =>
        Text(parent, name) ?? Text(Child(parent, name), "id");

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(name, out var child)
        && child.ValueKind == JsonValueKind.Object
            ? child
            : null;

    private static string? Text(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Number(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var number)
            ? number
            : null;

    private static Error Invalid(string message) => Error.Validation("body", message);
}
