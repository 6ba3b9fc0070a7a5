using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.Telegram;

/// <summary>What an update means to us: a shopper's turn to store, and a callback to acknowledge, either or both.</summary>
public sealed record ParsedUpdate(InboundMessage? Message, string? CallbackQueryId);

/// <summary>Turns a Telegram update into the neutral <see cref="InboundMessage"/>.</summary>
public static class TelegramUpdateParser
{
    /// <summary>
    /// The inbox de-duplicates on (channel, platform message id); Telegram redelivers an update with the same
    /// update_id until we answer 2xx (https://core.telegram.org/bots/api#setwebhook), so that id is the key.
    /// </summary>
    public static string PlatformMessageId(long updateId) => $"tg-update-{updateId}";

    /// <summary>
    /// Messages and button presses in private chats. Photos and documents (a photo sent as a file is a document) come
    /// as attachments. Edits are no new turn (the shopper already had an answer to the first version); channel posts,
    /// inline queries and other kinds are not addressed to the shop.
    /// </summary>
    public static ParsedUpdate Parse(TelegramUpdate update, DateTimeOffset now)
    {
        var id = PlatformMessageId(update.UpdateId);
        if (update.CallbackQuery is { } callback)
        {
            // Every callback is answered, even one we cannot use, or the shopper's client keeps spinning.
            var turn = string.IsNullOrEmpty(callback.Data) || callback.From is not { IsBot: false }
                ? null
                : new InboundMessage(Channel.Telegram, id, SenderId(callback.From!), now, Payload: callback.Data, LanguageHint: Language(callback.From!));
            return new ParsedUpdate(turn, callback.Id);
        }

        // Replies go to the sender's id, which equals the chat id only in private chats; groups are not a shop.
        if (update.Message is not { From: { IsBot: false } from, Chat.Type: "private" } message)
            return new ParsedUpdate(null, null);

        var attachments = LargestPhoto(message.Photo) is { } photo
            ? new[] { new InboundAttachment("image", null, photo.FileId) }
            : message.Document is { FileId.Length: > 0 } document
                ? [new InboundAttachment(document.MimeType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true ? "image" : "file", null, document.FileId)]
                : null;
        var timestamp = UnixTime.FromSeconds(message.Date, now);
        return new ParsedUpdate(
            new InboundMessage(Channel.Telegram, id, SenderId(from), timestamp, Text: message.Text ?? message.Caption, Attachments: attachments, LanguageHint: Language(from)),
            null);
    }

    private static string SenderId(TelegramUser user) => user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"de-AT" or "de" → "de"; languages the shop does not speak give no hint.</summary>
    private static string? Language(TelegramUser user) =>
        user.LanguageCode is { Length: >= 2 } code && code[..2].ToLowerInvariant() is "de" or "en" ? code[..2].ToLowerInvariant() : null;

    /// <summary>The photo array lists the sizes Telegram keeps; the largest is the one worth looking at.</summary>
    private static TelegramPhotoSize? LargestPhoto(IReadOnlyList<TelegramPhotoSize>? sizes) =>
        sizes is { Count: > 0 } ? sizes.MaxBy(s => (long)s.Width * s.Height) : null;
}
