namespace Commerce.Application.Checkout;

public enum PaymentSessionJobStatus
{
    Pending,
    Done,
    Failed,
}

/// <summary>
/// "Open the payment session for order X": written in the checkout turn's transaction, carried out afterwards by a
/// worker (see <see cref="OpenPaymentSession"/>), so a slow payment provider never holds a shopper's turn. One job per
/// order; <see cref="ExpiresAt"/> is fixed when the job is written, so every attempt asks the provider the very same
/// question (the same idempotency key) and gets the same session back.
/// </summary>
public sealed class PaymentSessionJob
{
    public PaymentSessionJob(Guid orderId, string language, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        OrderId = orderId;
        Language = language;
        ExpiresAt = expiresAt;
        CreatedAt = now;
        NextAttemptAt = now;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private PaymentSessionJob()
    {
    }
#pragma warning restore CS8618

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The shopper's language at checkout: the payment page's and the link message's.</summary>
    public string Language { get; private set; }

    /// <summary>When the payment session is to expire, as asked of the provider.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public PaymentSessionJobStatus Status { get; private set; }

    /// <summary>Raised by every claim; the claim's value fences its writes, so a worker whose lease was taken over
    /// cannot commit a second outcome.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? LastError { get; private set; }

    public void Complete(DateTimeOffset now)
    {
        Status = PaymentSessionJobStatus.Done;
        CompletedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = PaymentSessionJobStatus.Failed;
        CompletedAt = now;
        LastError = Truncate(error);
    }

    public void RetryAt(DateTimeOffset at, string error)
    {
        NextAttemptAt = at;
        LastError = Truncate(error);
    }

    private static string Truncate(string error) => error.Length > 2000 ? error[..2000] : error;
}
