using Commerce.Domain.Common;

namespace Commerce.Application.Payments;

/// <summary>
/// A payment provider that hosts the payment page (Stripe Checkout, or the local sandbox). Every call is safe to
/// repeat: the gateway derives idempotency keys from the ids it is given.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>"Stripe" or "Sandbox".</summary>
    string Name { get; }

    Task<Result<PaymentSession>> CreateSessionAsync(PaymentSessionRequest request, CancellationToken cancellationToken);

    /// <summary>Ends an open session so it can no longer be paid (the shopper cancelled, or the order was cancelled).</summary>
    Task<Result> ExpireSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Refunds a captured payment in full or in part.</summary>
    Task<Result<PaymentRefund>> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken);
}

public sealed record PaymentSessionRequest(
    Guid OrderId,
    long OrderNumber,
    string Currency,
    IReadOnlyList<PaymentLine> Lines,
    string Language,
    string SuccessUrl,
    string CancelUrl,
    DateTimeOffset ExpiresAt);

/// <summary>A line as the payment page shows it: name, unit amount in minor units (cents), quantity.</summary>
public sealed record PaymentLine(string Name, long UnitAmountMinor, int Quantity);

public sealed record PaymentSession(string SessionId, string Url, DateTimeOffset ExpiresAt);

/// <param name="IdempotencyKey">What makes this refund unique at the provider; repeating the key repeats the first answer.
/// Without one the key is derived from order and amount, which suits a refund in full (there is only one).</param>
public sealed record PaymentRefundRequest(Guid OrderId, string PaymentReference, long AmountMinor, string Reason, string? IdempotencyKey = null);

public sealed record PaymentRefund(string RefundId, string Status);

/// <summary>Error codes gateways use in their <see cref="Error"/> results.</summary>
public static class PaymentErrors
{
    public const string Unavailable = "payment_unavailable";
    public const string Rejected = "payment_rejected";
    public const string Completed = "payment_session_completed";

    public static Error ProviderUnavailable(string detail) => new(ErrorKind.Conflict, Unavailable, detail);

    public static Error ProviderRejected(string detail) => new(ErrorKind.Conflict, Rejected, detail);

    /// <summary>The session cannot be expired because the shopper already paid (or the payment is processing).</summary>
    public static Error SessionCompleted(string sessionId) =>
        new(ErrorKind.Conflict, Completed, $"Payment session '{sessionId}' is already complete.");
}
