using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Commerce.Application.Privacy;

/// <summary>
/// A one-time code a shopper asks for in one chat and sends in another to join the two. Only its hash is stored; it is
/// valid for a short while and once. Nothing is ever joined without it.
/// </summary>
public sealed partial class LinkCode
{
    /// <summary>No 0/O, 1/I/L: the code is read off one screen and typed into another.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public LinkCode(string codeHash, Guid conversationId, DateTimeOffset now, TimeSpan lifetime)
    {
        CodeHash = codeHash;
        ConversationId = conversationId;
        CreatedAt = now;
        ExpiresAt = now + lifetime;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private LinkCode()
    {
    }
#pragma warning restore CS8618

    public long Id { get; private set; }

    /// <summary>SHA-256 of the normalised code, hex.</summary>
    public string CodeHash { get; private set; }

    /// <summary>The chat that asked for the code: the one the redeeming chat joins.</summary>
    public Guid ConversationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public void Use(DateTimeOffset now) => UsedAt = now;

    /// <summary>A fresh code such as <c>K7QF-9XMP</c>: eight characters, at least one of them a digit.</summary>
    public static string NewCode()
    {
        while (true)
        {
            var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
            if (chars.Any(char.IsDigit) && chars.Any(char.IsLetter))
                return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
        }
    }

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>The code in a message that consists of little more than one ("code: k7qf-9xmp"), normalised; else null.</summary>
    public static string? FindIn(string? text)
    {
        if (text is null || text.Length > 40)
            return null;
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        var code = match.Groups["code"].Value.ToUpperInvariant();
        // A real code always mixes digits and letters; "t-shirt"-like words and order numbers never get here.
        return code.Any(char.IsDigit) && code.Any(char.IsLetter) ? code : null;
    }

    [GeneratedRegex(@"^\W*(?:(?:code|kode|link)\W*)?(?<code>[A-Za-z0-9]{4}-[A-Za-z0-9]{4})\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
