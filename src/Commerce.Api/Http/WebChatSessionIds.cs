using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Http;

/// <summary>
/// Issues and checks web chat session ids: 256 random bits followed by an HMAC-SHA256 tag (128 bits) over them, in
/// lowercase hex. Checking needs no database round trip, and an id nobody issued (or a forged one) is refused
/// before anything is stored or any per-session state is kept.
/// </summary>
internal sealed class WebChatSessionIds
{
    private const int RandomBytes = 32;
    private const int TagBytes = 16;
    public const int Length = (RandomBytes + TagBytes) * 2;

    /// <summary>How many checked ids are remembered, so a busy chat's posts do not compute the tag each time.</summary>
    private const int RememberedIds = 16_384;

    private readonly byte[] _key;
    private readonly ConcurrentDictionary<string, byte> _checked = new(StringComparer.Ordinal);
    private int _checkedCount;

    public WebChatSessionIds(IOptions<WebChatOptions> options, ILogger<WebChatSessionIds> logger)
    {
        var configured = options.Value.SessionKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning("WebChat:SessionKey is not configured: a key was generated for this process, so web chat sessions end when it stops and are not shared with other instances");
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(configured);
        }
    }

    public string Issue()
    {
        Span<byte> id = stackalloc byte[RandomBytes + TagBytes];
        RandomNumberGenerator.Fill(id[..RandomBytes]);
        Tag(id[..RandomBytes], id[RandomBytes..]);
        return Convert.ToHexStringLower(id);
    }

    /// <summary>True only for an id this service issued (with the current key).</summary>
    public bool IsIssued(string? sessionId)
    {
        if (sessionId is not { Length: Length })
            return false;
        if (_checked.ContainsKey(sessionId))
            return true;
        if (!HasValidTag(sessionId))
            return false;

        // Only issued ids are remembered, and only so many: when full, the memory starts over.
        if (Interlocked.Increment(ref _checkedCount) > RememberedIds)
        {
            _checked.Clear();
            Interlocked.Exchange(ref _checkedCount, 1);
        }

        _checked.TryAdd(sessionId, 0);
        return true;
    }

    private bool HasValidTag(string sessionId)
    {
        Span<byte> id = stackalloc byte[RandomBytes + TagBytes];
        if (Convert.FromHexString(sessionId, id, out _, out var written) != System.Buffers.OperationStatus.Done || written != id.Length)
            return false;
        // Lowercase only, so one session has exactly one spelling (it is the conversation's key).
        foreach (var c in sessionId)
        {
            if (char.IsAsciiLetterUpper(c))
                return false;
        }

        Span<byte> expected = stackalloc byte[TagBytes];
        Tag(id[..RandomBytes], expected);
        return CryptographicOperations.FixedTimeEquals(expected, id[RandomBytes..]);
    }

    private void Tag(ReadOnlySpan<byte> random, Span<byte> tag)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, random, mac);
        mac[..TagBytes].CopyTo(tag);
    }
}
