namespace Commerce.Channels.Telegram;

/// <summary>Telegram's text limits applied through <see cref="ChannelText"/>.</summary>
public static class TelegramText
{
    public const string Ellipsis = ChannelText.Ellipsis;

    /// <inheritdoc cref="ChannelText.Shorten"/>
    public static string Shorten(string text, int max) => ChannelText.Shorten(text, max);

    /// <inheritdoc cref="ChannelText.Split"/>
    public static IReadOnlyList<string> Split(string text, int max = TelegramCapabilities.MaxTextLength) => ChannelText.Split(text, max);
}
