using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Commerce.Infrastructure.Payments.Stripe;

public sealed class StripeRetryOptions
{
    /// <summary>Attempts in total, the first included.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First back-off; doubled per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one attempt may take before it counts as a network failure (and is retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Retries only what Stripe calls safe to retry (https://docs.stripe.com/error-low-level#idempotency): network
/// failures and time-outs, 409 (a concurrent request with the same idempotency key is still running), 429 and 5xx —
/// and whatever the <c>Stripe-Should-Retry</c> header says, which overrides the status code when present. Every
/// attempt carries the same <c>Idempotency-Key</c>, so a retried POST can never act twice.
/// </summary>
public sealed class StripeRetryPolicy
{
    private const string ShouldRetryHeader = "Stripe-Should-Retry";

    public StripeRetryPolicy(IOptions<StripeRetryOptions> options)
    {
        var settings = options.Value;
        Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, settings.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxDelay)),
            })
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public static bool ShouldRetry(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues(ShouldRetryHeader, out var values))
            return string.Equals(values.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);

        var status = (int)response.StatusCode;
        return status is 409 or 429 or >= 500;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        // HttpClient reports its own time-out as a cancellation; the caller's cancellation is not retried.
        { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
        { Result: { } response } => ShouldRetry(response),
        _ => false,
    };

    /// <summary>Honours a 429's <c>Retry-After</c> (capped); otherwise the exponential back-off applies.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        if (response?.Headers.RetryAfter?.Delta is { } delta)
            return delta < cap ? delta : cap;
        return null;
    }
}
