namespace Commerce.Api.Http;

/// <summary>Settings of the web chat API (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    /// <summary>
    /// Secret that signs session ids (HMAC-SHA256), so only ids issued by <c>POST /api/chat/sessions</c> are accepted.
    /// Without it a random key is made at start-up: sessions then end with the process and instances do not share them.
    /// </summary>
    public string? SessionKey { get; set; }

    public WebChatRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Long polls held at once per instance; beyond it a poll answers at once instead of waiting.</summary>
    public int MaxWaitingPolls { get; set; } = 20_000;
}

/// <summary>
/// Fixed-window limits per <see cref="Window"/>. The defaults leave room for normal shopping (a shopper rarely sends more
/// than a message every few seconds) and for many shoppers behind one address; 0 switches a limit off.
/// </summary>
public sealed class WebChatRateLimitOptions
{
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages one session may post per window.</summary>
    public int SessionMessages { get; set; } = 60;

    /// <summary>Messages all sessions of one client address may post per window.</summary>
    public int ClientMessages { get; set; } = 1_200;

    /// <summary>Sessions one client address may start per window.</summary>
    public int ClientSessions { get; set; } = 120;

    /// <summary>Messages of one conversation waiting for their turn; a post beyond it answers 429 until the bot caught up.</summary>
    public int MaxBacklog { get; set; } = 20;
}
