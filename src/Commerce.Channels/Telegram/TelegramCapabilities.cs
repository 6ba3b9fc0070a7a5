namespace Commerce.Channels.Telegram;

/// <summary>
/// What a Telegram chat can show, from the Bot API reference (https://core.telegram.org/bots/api). The renderer
/// consults only this table, so a changed limit is changed here once.
/// </summary>
public static class TelegramCapabilities
{
    /// <summary>sendMessage text: "1-4096 characters after entities parsing" (https://core.telegram.org/bots/api#sendmessage).</summary>
    public const int MaxTextLength = 4096;

    /// <summary>sendPhoto / InputMediaPhoto caption: "0-1024 characters" (https://core.telegram.org/bots/api#sendphoto).</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>InlineKeyboardButton.callback_data: "1-64 bytes" (https://core.telegram.org/bots/api#inlinekeyboardbutton).</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>sendMediaGroup media: "must include 2-10 items" (https://core.telegram.org/bots/api#sendmediagroup).</summary>
    public const int MinMediaGroup = 2;

    public const int MaxMediaGroup = 10;

    /// <summary>Buttons per keyboard row: ours, not Telegram's — three short labels still fit a phone screen.</summary>
    public const int MaxButtonsPerRow = 3;

    /// <summary>Labels up to this length share a row; longer ones get a row of their own.</summary>
    public const int ShortButtonLength = 14;

    /// <summary>Button labels are cut here: Telegram clips long labels anyway, we choose where.</summary>
    public const int MaxButtonLength = 40;

    /// <summary>
    /// "avoid sending more than one message per second" per chat, "not more than about 30 messages per second"
    /// overall (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
    /// </summary>
    public const int MessagesPerSecondPerChat = 1;

    /// <summary>The FAQ allows "short bursts" in a chat; a card reply is a media group plus its keyboard.</summary>
    public const int BurstPerChat = 3;

    public const int MessagesPerSecondOverall = 30;

    /// <summary>Telegram has no customer-service window: a bot may write to anyone who started it.</summary>
    public static readonly TimeSpan? MessagingWindow = null;
}
