using System.Security.Cryptography;
using System.Text;

namespace Commerce.Channels.Meta;

/// <summary>
/// Checks <c>X-Hub-Signature-256: sha256=&lt;hex HMAC-SHA256(raw body, app secret)&gt;</c>. Computed over the raw bytes
/// exactly as received (re-serialised JSON would differ, e.g. in escaped unicode) and compared in constant time.
/// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
/// </summary>
public static class MetaSignature
{
    private const string Prefix = "sha256=";

    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string appSecret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
            return false;
        Span<byte> claimed = stackalloc byte[32];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), claimed, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            return false;
        Span<byte> actual = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
