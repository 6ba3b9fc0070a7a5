using System.Text.Json.Serialization;

namespace Commerce.Channels.Telegram;

// Only the fields we read, in the Bot API's own names. https://core.telegram.org/bots/api#getting-updates
// Unknown fields are ignored, so new Bot API versions do not break parsing.

/// <summary>https://core.telegram.org/bots/api#update — at most one of the optional parts is present.</summary>
public sealed record TelegramUpdate(
    [property: JsonPropertyName("update_id")] long UpdateId,
    [property: JsonPropertyName("message")] TelegramMessage? Message = null,
    [property: JsonPropertyName("callback_query")] TelegramCallbackQuery? CallbackQuery = null);

/// <summary>https://core.telegram.org/bots/api#message</summary>
public sealed record TelegramMessage(
    [property: JsonPropertyName("message_id")] long MessageId,
    [property: JsonPropertyName("date")] long Date,
    [property: JsonPropertyName("chat")] TelegramChat Chat,
    [property: JsonPropertyName("from")] TelegramUser? From = null,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("caption")] string? Caption = null,
    [property: JsonPropertyName("photo")] IReadOnlyList<TelegramPhotoSize>? Photo = null,
    [property: JsonPropertyName("document")] TelegramDocument? Document = null);

/// <summary>https://core.telegram.org/bots/api#chat — <c>type</c> is "private", "group", "supergroup" or "channel".</summary>
public sealed record TelegramChat(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("type")] string Type);

/// <summary>https://core.telegram.org/bots/api#user — <c>language_code</c> is the user's IETF language tag.</summary>
public sealed record TelegramUser(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("is_bot")] bool IsBot = false,
    [property: JsonPropertyName("language_code")] string? LanguageCode = null);

/// <summary>https://core.telegram.org/bots/api#photosize — a message carries one per available size.</summary>
public sealed record TelegramPhotoSize(
    [property: JsonPropertyName("file_id")] string FileId,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("file_size")] long? FileSize = null);

/// <summary>https://core.telegram.org/bots/api#document — a file; a photo sent uncompressed arrives as one with an image MIME type.</summary>
public sealed record TelegramDocument(
    [property: JsonPropertyName("file_id")] string FileId,
    [property: JsonPropertyName("mime_type")] string? MimeType = null);

/// <summary>https://core.telegram.org/bots/api#callbackquery — a pressed inline button.</summary>
public sealed record TelegramCallbackQuery(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] TelegramUser? From = null,
    [property: JsonPropertyName("data")] string? Data = null,
    [property: JsonPropertyName("message")] TelegramMessage? Message = null);
