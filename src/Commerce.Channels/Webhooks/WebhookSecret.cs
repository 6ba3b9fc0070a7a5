using System.Security.Cryptography;
using System.Text;

namespace Commerce.Channels.Webhooks;

/// <summary>Compares a presented shared secret (Telegram's secret token, Meta's verify token) with the configured one.</summary>
public static class WebhookSecret
{
    /// <summary>
    /// Compares hashes in constant time, so neither the content nor the length of the secret leaks through timing.
    /// Nothing presented matches nothing.
    /// </summary>
    public static bool Matches(string? presented, string expected) =>
        presented is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
