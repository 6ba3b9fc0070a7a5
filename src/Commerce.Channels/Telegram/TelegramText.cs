namespace Commerce.Channels.Telegram;

/// <summary>Telegram's text limits applied through <see cref="ChannelText"/>.</summary>
public static class TelegramText
{
    /// <inheritdoc cref="ChannelText.Split"/>
    public static IReadOnlyList<string> Split(string text, int max = TelegramCapabilities.MaxTextLength) => ChannelText.Split(text, max);
}
