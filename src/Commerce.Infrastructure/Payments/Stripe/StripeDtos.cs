using System.Text.Json.Serialization;

namespace Commerce.Infrastructure.Payments.Stripe;

// Only the fields we read. Stripe adds fields within an API version, so unknown ones are ignored.

/// <summary>https://docs.stripe.com/api/checkout/sessions/object</summary>
public sealed record StripeCheckoutSession(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("expires_at")] long ExpiresAt,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("payment_status")] string? PaymentStatus);

/// <summary>https://docs.stripe.com/api/refunds/object</summary>
public sealed record StripeRefund(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string? Status);

/// <summary>https://docs.stripe.com/api/errors — <c>{"error": {"type", "code", "message", "param"}}</c>.</summary>
internal sealed record StripeErrorEnvelope([property: JsonPropertyName("error")] StripeErrorBody? Error);

internal sealed record StripeErrorBody(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("decline_code")] string? DeclineCode,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("param")] string? Param);
