using System.Security.Cryptography;
using System.Text;

namespace Commerce.Channels.Line;

/// <summary>
/// <c>X-Line-Signature</c>: base64 of HMAC-SHA256 over the raw request body, keyed with the channel secret
/// (https://developers.line.biz/en/reference/messaging-api/#signature-validation).
/// </summary>
public static class LineSignature
{
    public static string Sign(ReadOnlySpan<byte> body, string channelSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));

    /// <summary>Compares the decoded bytes in constant time; a header that is not base64 of 32 bytes is simply wrong.</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string channelSecret)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64)
            return false;
        Span<byte> presented = stackalloc byte[48];
        if (!Convert.TryFromBase64String(header.Trim(), presented, out var written) || written != 32)
            return false;
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(presented[..32], expected);
    }
}
