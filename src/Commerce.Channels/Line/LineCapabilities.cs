namespace Commerce.Channels.Line;

/// <summary>
/// What a LINE chat can show, from the Messaging API reference (https://developers.line.biz/en/reference/messaging-api/).
/// The renderer and the sender consult only this table, so a changed limit is changed here once.
/// </summary>
public static class LineCapabilities
{
    /// <summary>Reply and push: "Max: 5" message objects per request.</summary>
    public const int MaxMessagesPerRequest = 5;

    /// <summary>Text message: "Max character limit: 5000".</summary>
    public const int MaxTextLength = 5000;

    /// <summary>Flex message altText: "Max character limit: 1500".</summary>
    public const int MaxAltTextLength = 1500;

    /// <summary>Flex carousel: "Max: 12 bubbles".</summary>
    public const int MaxBubbles = 12;

    /// <summary>Our cards carry up to three actions; a bubble footer holds them as buttons.</summary>
    public const int MaxButtonsPerBubble = 3;

    /// <summary>Quick reply: "Max: 13" items.</summary>
    public const int MaxQuickReplyItems = 13;

    /// <summary>Action labels (quick reply items, postback and URI buttons): "Max character limit: 20".</summary>
    public const int MaxLabelLength = 20;

    /// <summary>Postback action data: "Max character limit: 300".</summary>
    public const int MaxPostbackDataLength = 300;

    /// <summary>URI action uri: "Max character limit: 1000"; schemes http, https, line, tel.</summary>
    public const int MaxUriLength = 1000;

    /// <summary>Image component url: "Max character limit: 2000", HTTPS, JPEG or PNG.</summary>
    public const int MaxImageUrlLength = 2000;

    /// <summary>Cart lines that get a remove button of their own; a bubble of more buttons gets unwieldy.</summary>
    public const int MaxCartButtons = 10;

    /// <summary>
    /// A reply token "must be used within one minute after receiving the webhook", and only once
    /// (https://developers.line.biz/en/reference/messaging-api/#send-reply-message). We stop a little earlier, because
    /// a request that leaves at 59 seconds may arrive late.
    /// </summary>
    public static readonly TimeSpan ReplyTokenLifetime = TimeSpan.FromSeconds(50);

    /// <summary>
    /// Sending messages: 2,000 requests per second per channel (https://developers.line.biz/en/reference/messaging-api/#rate-limits).
    /// LINE documents no per-user limit.
    /// </summary>
    public const int RequestsPerSecond = 2000;

    /// <summary>LINE has no customer-service window: an account may push to any friend who has not blocked it.</summary>
    public static readonly TimeSpan? MessagingWindow = null;
}
