using Commerce.Domain.Conversations;

namespace Commerce.Channels.Meta;

/// <summary>
/// One Meta channel's settings (section <c>Channels:Messenger</c>, <c>Channels:Instagram</c> or <c>Channels:WhatsApp</c>).
/// A channel missing any of its secrets is disabled: its webhook answers 404 and nothing is sent through it.
/// </summary>
public sealed class MetaChannelOptions
{
    public const string DefaultGraphApiBaseUrl = "https://graph.facebook.com/v24.0";

    public Channel Channel { get; set; }

    /// <summary>Signs webhook bodies (X-Hub-Signature-256).</summary>
    public string? AppSecret { get; set; }

    /// <summary>Echoed back by the subscription check (hub.verify_token).</summary>
    public string? VerifyToken { get; set; }

    /// <summary>Page access token (Messenger) or access token (Instagram, WhatsApp), sent as a Bearer token.</summary>
    public string? AccessToken { get; set; }

    public string GraphApiBaseUrl { get; set; } = DefaultGraphApiBaseUrl;

    /// <summary>The app the handover protocol passes a thread to when a shopper asks for a person: Meta's Page Inbox.</summary>
    public string PageInboxAppId { get; set; } = "263902037430900";

    /// <summary>
    /// The page id (Messenger), Instagram account id or WhatsApp phone number id that events must be addressed to.
    /// Required for WhatsApp (it is also the send path); optional for Messenger and Instagram.
    /// </summary>
    public string? AccountId { get; set; }

    /// <summary>WhatsApp only: a commerce catalog whose product retailer ids are our SKUs.</summary>
    public string? CatalogId { get; set; }

    /// <summary>WhatsApp only: approved template for order updates outside the 24-hour window (one body parameter).</summary>
    public string? UpdateTemplateName { get; set; }

    public string UpdateTemplateLanguage { get; set; } = "de";

    /// <summary>WhatsApp only: approved marketing template for broadcasts outside the 24-hour window (one body parameter).</summary>
    public string? MarketingTemplateName { get; set; }

    public string MarketingTemplateLanguage { get; set; } = "de";

    /// <summary>WhatsApp only: Cloud API throughput per business number; 80 by default, up to 1000 when upgraded.</summary>
    public int MessagesPerSecond { get; set; } = 80;

    public bool Enabled =>
        !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerifyToken) && !string.IsNullOrWhiteSpace(AccessToken)
        && (Channel != Channel.WhatsApp || !string.IsNullOrWhiteSpace(AccountId));

    public Uri Endpoint(string relativePath) => new($"{GraphApiBaseUrl.TrimEnd('/')}/{relativePath.TrimStart('/')}");
}

/// <summary>The three Meta channels' settings, read once at start-up from the keys in DESIGN.md.</summary>
public sealed class MetaChannels(IReadOnlyDictionary<Channel, MetaChannelOptions> channels)
{
    public static readonly Channel[] All = [Channel.Messenger, Channel.Instagram, Channel.WhatsApp];

    public MetaChannelOptions this[Channel channel] => channels[channel];

    public IEnumerable<MetaChannelOptions> Each => All.Select(c => channels[c]);

    /// <summary>The channel a webhook path segment names ("messenger", "instagram", "whatsapp").</summary>
    public static Channel? FromPath(string name) => name.ToLowerInvariant() switch
    {
        "messenger" => Channel.Messenger,
        "instagram" => Channel.Instagram,
        "whatsapp" => Channel.WhatsApp,
        _ => null,
    };
}
