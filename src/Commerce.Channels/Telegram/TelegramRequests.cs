namespace Commerce.Channels.Telegram;

// Bot API method bodies, serialised with snake_case names (TelegramJson). Only the parameters we use.

/// <summary>
/// One Bot API call: <c>POST {ApiBaseUrl}/bot{token}/{Method}</c> with <see cref="Body"/> as JSON. Telegram fetches
/// photo URLs itself and refuses some (SVG, unreachable hosts) with 400; then <see cref="Fallback"/> is sent
/// instead, or an <see cref="Optional"/> call is skipped because a later call says the same in text.
/// </summary>
public sealed record TelegramCall(string Method, object Body, TelegramCall? Fallback = null, bool Optional = false);

/// <summary>https://core.telegram.org/bots/api#sendmessage</summary>
public sealed record SendMessage(long ChatId, string Text, InlineKeyboardMarkup? ReplyMarkup = null);

/// <summary>https://core.telegram.org/bots/api#sendphoto — <c>photo</c> may be an HTTP URL Telegram fetches itself.</summary>
public sealed record SendPhoto(long ChatId, string Photo, string? Caption = null, InlineKeyboardMarkup? ReplyMarkup = null);

/// <summary>https://core.telegram.org/bots/api#sendmediagroup — an album; it cannot carry a keyboard.</summary>
public sealed record SendMediaGroup(long ChatId, IReadOnlyList<InputMediaPhoto> Media);

/// <summary>https://core.telegram.org/bots/api#inputmediaphoto</summary>
public sealed record InputMediaPhoto(string Media, string? Caption = null)
{
    public string Type => "photo";
}

/// <summary>https://core.telegram.org/bots/api#inlinekeyboardmarkup</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

/// <summary>https://core.telegram.org/bots/api#inlinekeyboardbutton — exactly one of callback_data and url.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);

/// <summary>https://core.telegram.org/bots/api#answercallbackquery</summary>
public sealed record AnswerCallbackQuery(string CallbackQueryId);
