using System.Text;
using Commerce.Application.Messaging;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Telegram;

/// <summary>Builds inline keyboards; a button Telegram would refuse is left out rather than failing the whole message.</summary>
public sealed class TelegramKeyboard(ILogger logger)
{
    /// <summary>A callback button, or null (logged) when the payload does not fit callback_data's 64 bytes.</summary>
    public InlineKeyboardButton? Callback(string title, string payload)
    {
        var bytes = Encoding.UTF8.GetByteCount(payload);
        if (bytes is 0 or > TelegramCapabilities.MaxCallbackDataBytes)
        {
            logger.LogWarning("Telegram button dropped: callback data of {Bytes} bytes is outside 1-{Max}", bytes, TelegramCapabilities.MaxCallbackDataBytes);
            return null;
        }

        return new InlineKeyboardButton(Label(title), CallbackData: payload);
    }

    /// <summary>A URL action opens the link; a payload action posts back; anything else has no button.</summary>
    public InlineKeyboardButton? For(ReplyAction action, string? title = null) => action switch
    {
        { Url: { Length: > 0 } url } => new InlineKeyboardButton(Label(title ?? action.Title), Url: url),
        { Payload: { } payload } => Callback(title ?? action.Title, payload),
        _ => null,
    };

    /// <summary>Short labels share rows of up to three; a long label gets a row of its own.</summary>
    public static InlineKeyboardMarkup? Pack(IEnumerable<InlineKeyboardButton?> buttons)
    {
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        var row = new List<InlineKeyboardButton>();
        foreach (var button in buttons.OfType<InlineKeyboardButton>())
        {
            var isShort = button.Text.Length <= TelegramCapabilities.ShortButtonLength;
            if (row.Count > 0 && (!isShort || row.Count == TelegramCapabilities.MaxButtonsPerRow))
            {
                rows.Add(row);
                row = [];
            }

            row.Add(button);
            if (!isShort)
            {
                rows.Add(row);
                row = [];
            }
        }

        if (row.Count > 0)
            rows.Add(row);
        return Rows(rows);
    }

    /// <summary>One button per row, e.g. one row per product.</summary>
    public static InlineKeyboardMarkup? OnePerRow(IEnumerable<InlineKeyboardButton?> buttons) =>
        Rows(buttons.OfType<InlineKeyboardButton>().Select(b => (IReadOnlyList<InlineKeyboardButton>)[b]).ToList());

    private static InlineKeyboardMarkup? Rows(List<IReadOnlyList<InlineKeyboardButton>> rows) => rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);

    private static string Label(string title) => ChannelText.Shorten(title, TelegramCapabilities.MaxButtonLength) is { Length: > 0 } label ? label : "·";
}
