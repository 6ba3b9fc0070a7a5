namespace Commerce.Channels.Line;

/// <summary>Settings under <c>Channels:Line</c>. Without the channel secret and access token the channel is disabled.</summary>
public sealed class LineOptions
{
    public const string Section = "Channels:Line";

    /// <summary>The channel secret (LINE Developers console, "Basic settings"); signs every webhook (<c>X-Line-Signature</c>).</summary>
    public string? ChannelSecret { get; set; }

    /// <summary>A long-lived channel access token ("Messaging API" tab); sent as a bearer token, never logged.</summary>
    public string? ChannelAccessToken { get; set; }

    /// <summary>Messaging API: reply and push.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    /// <summary>Content API: the bytes of images shoppers send (https://developers.line.biz/en/reference/messaging-api/#get-content).</summary>
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ChannelSecret) && !string.IsNullOrWhiteSpace(ChannelAccessToken);
}
