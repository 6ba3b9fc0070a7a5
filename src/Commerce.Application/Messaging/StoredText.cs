using System.Security.Cryptography;
using System.Text;

namespace Commerce.Application.Messaging;

/// <summary>
/// Text from outside (platforms, shoppers) made storable. PostgreSQL refuses U+0000 in <c>text</c> and <c>jsonb</c>,
/// and one such character must not cost the shopper (or the other messages of a platform's delivery) their turn:
/// it becomes U+FFFD, the character Unicode reserves for "something unreadable was here".
/// </summary>
public static class StoredText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string value)
    {
        if (!value.Contains('\0', StringComparison.Ordinal) && !HasLoneSurrogate(value))
            return value;
        // Lone UTF-16 surrogates (a JSON "\ud800" escape) cannot be encoded as UTF-8 either.
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c == '\0' || char.IsSurrogate(c) ? Replacement : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// An identifier made storable and short enough for its column: a longer one (no platform sends such, but anyone
    /// can post one) is replaced by a hash of itself, so a redelivery still finds its first copy.
    /// </summary>
    public static string Id(string value, int maxLength)
    {
        var clean = Clean(value);
        return clean.Length <= maxLength
            ? clean
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean)));
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i]))
                continue;
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return true;
        }

        return false;
    }

    public static string? CleanOrNull(string? value) => value is null ? null : Clean(value);

    /// <summary>True when <paramref name="value"/> holds a character no database column can store.</summary>
    public static bool IsUnstorable(string? value) => value is not null && (value.Contains('\0', StringComparison.Ordinal) || HasLoneSurrogate(value));
}
