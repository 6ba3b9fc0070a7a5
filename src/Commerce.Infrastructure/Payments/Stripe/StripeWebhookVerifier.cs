using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Commerce.Application.Payments;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Payments.Stripe;

public enum WebhookVerificationFailure
{
    None,
    NotConfigured,
    MissingHeader,
    MalformedHeader,
    SignatureMismatch,
    TimestampOutOfTolerance,
}

/// <summary>The outcome of checking a <c>Stripe-Signature</c>; <see cref="Reason"/> is safe to log and to answer with.</summary>
public readonly record struct WebhookVerificationResult(WebhookVerificationFailure Failure, string? Reason)
{
    public bool IsValid => Failure == WebhookVerificationFailure.None;

    public static WebhookVerificationResult Valid { get; } = new(WebhookVerificationFailure.None, null);

    public static WebhookVerificationResult Invalid(WebhookVerificationFailure failure, string reason) => new(failure, reason);
}

/// <summary>
/// Verifies Stripe's webhook signature as documented in https://docs.stripe.com/webhooks#verify-manually:
/// <c>Stripe-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=…][,v0=…]</c>, where each <c>v1</c> is
/// HMAC-SHA256(key: endpoint secret, message: "{t}.{raw body}"). Several <c>v1</c> values appear while a secret is
/// being rolled, so any one may match; <c>v0</c> (test-mode legacy) and unknown schemes are ignored.
/// </summary>
public sealed class StripeWebhookVerifier(IOptions<PaymentOptions> options, TimeProvider time)
{
    public const string HeaderName = "Stripe-Signature";

    /// <summary>Stripe's libraries default to five minutes; older events are treated as replays.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    private const int SignatureBytes = 32; // SHA-256

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.Stripe.WebhookSecret);

    public WebhookVerificationResult Verify(ReadOnlySpan<byte> body, string? signatureHeader)
    {
        var secret = options.Value.Stripe.WebhookSecret;
        if (string.IsNullOrEmpty(secret))
            return WebhookVerificationResult.Invalid(WebhookVerificationFailure.NotConfigured, "The Stripe webhook secret is not configured.");
        if (string.IsNullOrWhiteSpace(signatureHeader))
            return WebhookVerificationResult.Invalid(WebhookVerificationFailure.MissingHeader, $"The {HeaderName} header is missing.");
        if (!TryParse(signatureHeader, out var timestamp, out var signatures))
            return WebhookVerificationResult.Invalid(
                WebhookVerificationFailure.MalformedHeader, $"The {HeaderName} header has no timestamp or no v1 signature.");

        Span<byte> expected = stackalloc byte[SignatureBytes];
        Compute(secret, timestamp, body, expected);
        var matches = false;
        foreach (var signature in signatures)
            matches |= CryptographicOperations.FixedTimeEquals(expected, signature);
        if (!matches)
            return WebhookVerificationResult.Invalid(
                WebhookVerificationFailure.SignatureMismatch, "No v1 signature matches the body and the webhook secret.");

        // Checked after the signature, so the signed timestamp is the one judged (a replayed request cannot lie about it).
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age.Duration() > Tolerance)
            return WebhookVerificationResult.Invalid(
                WebhookVerificationFailure.TimestampOutOfTolerance,
                $"The signature timestamp is {(long)age.TotalSeconds} s away from now (tolerance {(int)Tolerance.TotalSeconds} s).");

        return WebhookVerificationResult.Valid;
    }

    /// <summary>Signs like Stripe does; for tests and local tools that post events to our endpoint.</summary>
    public static string ComputeSignature(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SignatureBytes];
        Compute(secret, timestamp, body, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void Compute(string secret, long timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static bool TryParse(string header, out long timestamp, out List<byte[]> signatures)
    {
        timestamp = 0;
        signatures = [];
        var hasTimestamp = false;
        foreach (var element in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = element.IndexOf('=');
            if (separator <= 0)
                continue;
            var scheme = element[..separator];
            var value = element[(separator + 1)..];
            if (scheme == "t" && !hasTimestamp)
                hasTimestamp = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
            else if (scheme == "v1" && TryDecodeHex(value, out var signature))
                signatures.Add(signature);
        }

        return hasTimestamp && signatures.Count > 0;
    }

    private static bool TryDecodeHex(string hex, out byte[] bytes)
    {
        bytes = new byte[SignatureBytes];
        return hex.Length == SignatureBytes * 2
            && Convert.FromHexString(hex, bytes, out _, out var written) == OperationStatus.Done
            && written == SignatureBytes;
    }
}
