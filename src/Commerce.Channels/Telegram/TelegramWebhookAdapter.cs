using System.Text.Json;
using Commerce.Application.Inbound;
using Commerce.Channels.Webhooks;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.Channels.Telegram;

/// <summary>
/// Telegram's updates (https://core.telegram.org/bots/api#setwebhook): the secret token set with setWebhook comes in a
/// header, so a request without it is refused before its body is read. Anything but 2xx makes Telegram deliver the
/// update again.
/// </summary>
/// <param name="answerer">Registered only while the channel is enabled.</param>
public sealed class TelegramWebhookAdapter(IOptions<TelegramOptions> options, TelegramCallbackAnswerer? answerer = null) : IWebhookAdapter
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public Channel Channel => Channel.Telegram;

    public bool IsEnabled => options.Value.IsEnabled;

    public WebhookRefusal? CheckHeaders(IHeaderDictionary headers) =>
        WebhookSecret.Matches(headers[SecretHeader].ToString(), options.Value.SecretToken!) ? null : WebhookRefusal.Unauthorized("secret token");

    public WebhookReading Read(IHeaderDictionary headers, byte[] body, DateTimeOffset now)
    {
        TelegramUpdate? update;
        try
        {
            update = JsonSerializer.Deserialize<TelegramUpdate>(body);
        }
        catch (JsonException)
        {
            return WebhookRefusal.BadRequest;
        }

        // Without an update_id there is nothing to de-duplicate on; Telegram always sends a positive one.
        if (update is null || update.UpdateId <= 0)
            return WebhookRefusal.BadRequest;

        var parsed = TelegramUpdateParser.Parse(update, now);
        var inbound = new AcceptInbound(Channel.Telegram, parsed.Message is { } message ? [message] : []);
        // Redeliveries are answered too: the first answer may be the one that was lost.
        Action? answer = parsed.CallbackQueryId is { } callbackId && answerer is not null ? () => answerer.Enqueue(callbackId) : null;
        return new WebhookBatch(inbound, answer, Ignored: parsed.Message is null ? 1 : 0);
    }
}
