namespace Commerce.Channels.Telegram;

/// <summary>Settings under <c>Channels:Telegram</c>. Without both secrets the channel is disabled.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Channels:Telegram";

    /// <summary>The token from @BotFather. It is part of every API URL path, so request URLs are never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The <c>secret_token</c> given to setWebhook; Telegram echoes it in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
    public string? SecretToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(SecretToken);
}
