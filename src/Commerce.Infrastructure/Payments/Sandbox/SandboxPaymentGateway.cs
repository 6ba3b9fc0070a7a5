using Commerce.Application;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Payments.Sandbox;

/// <summary>
/// A local stand-in for a payment provider: its "hosted page" is /sandbox/pay/{session} on this shop, and paying
/// there runs the very same payment-event path a Stripe webhook does. No money moves.
/// </summary>
public sealed class SandboxPaymentGateway(IOptions<ShopOptions> shop) : IPaymentGateway
{
    public const string ProviderName = "Sandbox";
    public const string SessionPrefix = "sbx_";

    public string Name => ProviderName;

    public static Guid? OrderIdOf(string sessionId) =>
        sessionId.StartsWith(SessionPrefix, StringComparison.Ordinal) && Guid.TryParseExact(sessionId[SessionPrefix.Length..], "N", out var id) ? id : null;

    public Task<Result<PaymentSession>> CreateSessionAsync(PaymentSessionRequest request, CancellationToken cancellationToken)
    {
        // Derived from the order id: asking twice gives the same session, as an idempotency key would.
        var sessionId = $"{SessionPrefix}{request.OrderId:N}";
        var session = new PaymentSession(sessionId, shop.Value.AbsoluteUrl($"sandbox/pay/{sessionId}"), request.ExpiresAt);
        return Task.FromResult(Result<PaymentSession>.Success(session));
    }

    public Task<Result> ExpireSessionAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(Result.Success());

    /// <summary>Refunds in full or in part; like a provider, the same idempotency key gives the same refund id.</summary>
    public Task<Result<PaymentRefund>> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken)
    {
        if (request.AmountMinor <= 0)
            return Task.FromResult(Result<PaymentRefund>.Failure(PaymentErrors.ProviderRejected("A refund needs a positive amount.")));
        var id = request.IdempotencyKey is { } key
            ? $"sbx_re_{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..24]}"
            : $"sbx_re_{request.OrderId:N}";
        return Task.FromResult(Result<PaymentRefund>.Success(new PaymentRefund(id, "succeeded")));
    }
}
