using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commerce.Application.Messaging;
using Commerce.Channels.Telegram;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Endpoints;

/// <summary>
/// <c>POST /webhooks/telegram</c>: Telegram's updates (https://core.telegram.org/bots/api#setwebhook). Answers 200
/// once the update is durably in the inbox; anything but 2xx makes Telegram deliver it again.
/// </summary>
internal static class TelegramWebhookEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>An update is a few KB; 1 MB leaves room for long texts and still refuses junk early.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/telegram", ReceiveAsync)
            .WithTags("Webhooks").WithName("TelegramWebhook").WithSummary("Telegram Bot API updates")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IOptions<TelegramOptions> options,
        IInboxWriter inbox,
        TimeProvider clock,
        IServiceProvider services,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
            return Results.NotFound();
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), settings.SecretToken!))
            return Results.Unauthorized();

        var body = await ReadBodyAsync(http, ct);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        TelegramUpdate? update;
        try
        {
            update = JsonSerializer.Deserialize<TelegramUpdate>(body);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        // Without an update_id there is nothing to de-duplicate on; Telegram always sends a positive one.
        if (update is null || update.UpdateId <= 0)
            return Results.BadRequest();

        var parsed = TelegramUpdateParser.Parse(update, clock.GetUtcNow());
        if (parsed.Message is { } message)
        {
            var stored = await inbox.AcceptAsync(message, ct);
            loggers.CreateLogger(typeof(TelegramWebhookEndpoints)).LogDebug("Telegram update {UpdateId} stored: {Stored}", update.UpdateId, stored);
        }

        // Redeliveries are answered too: the first answer may be the one that was lost.
        if (parsed.CallbackQueryId is { } callbackId)
            services.GetService<TelegramCallbackAnswerer>()?.Enqueue(callbackId);
        return Results.Ok();
    }

    /// <summary>Compares hashes so neither the content nor the length of the secret leaks through timing.</summary>
    private static bool SecretMatches(string presented, string expected) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>The body, or null when it is over <see cref="MaxBodyBytes"/> (declared or actual).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        // UseBodySizeLimits applies the endpoint's limit to declared lengths and Kestrel; this also covers chunked bodies.
        if (http.Request.ContentLength > MaxBodyBytes)
            return null;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
                return null;
        }

        return buffer.ToArray();
    }
}
