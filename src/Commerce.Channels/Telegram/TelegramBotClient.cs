using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Commerce.Channels.Telegram;

/// <summary>The outcome of one Bot API call, already sorted into what a retry can or cannot fix.</summary>
public sealed record TelegramCallResult(bool Ok, long? MessageId = null, bool Transient = false, bool Blocked = false, string? Error = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Calls the Bot API (https://core.telegram.org/bots/api#making-requests): <c>POST {ApiBaseUrl}/bot{token}/{method}</c>
/// with a JSON body; the answer is <c>{"ok", "result" | "error_code", "description", "parameters"}</c>.
/// The token is in the URL path, so neither the URL nor the request is ever logged (see AddTelegramChannel).
/// </summary>
public sealed class TelegramBotClient(HttpClient http, IOptions<TelegramOptions> options)
{
    public async Task<TelegramCallResult> CallAsync(TelegramCall call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = new Uri($"{settings.ApiBaseUrl.TrimEnd('/')}/bot{settings.BotToken}/{call.Method}");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(uri, JsonContent.Create(call.Body, call.Body.GetType(), options: TelegramJson.Options), cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return new TelegramCallResult(false, Transient: true, Error: $"{call.Method}: network error {exception.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TelegramCallResult(false, Transient: true, Error: $"{call.Method}: timed out");
        }

        using (response)
        {
            var answer = await ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode && answer?.Ok == true)
                return new TelegramCallResult(true, MessageId: LastMessageId(answer.Result));
            return Failure(call.Method, response, answer);
        }
    }

    /// <summary>
    /// 429 carries <c>parameters.retry_after</c> (https://core.telegram.org/bots/api#responseparameters); 5xx are
    /// Telegram's trouble; 403 means the user blocked the bot or never started it; other 4xx are our mistakes.
    /// </summary>
    private static TelegramCallResult Failure(string method, HttpResponseMessage response, TelegramAnswer? answer)
    {
        var code = (int)response.StatusCode;
        var error = $"{method}: {code} {answer?.Description ?? response.StatusCode.ToString()}";
        var retryAfter = PlatformFailure.RetryAfter(response, answer?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        return code switch
        {
            _ when PlatformFailure.IsTransient(code) => new TelegramCallResult(false, Transient: true, Error: error, RetryAfter: retryAfter),
            403 => new TelegramCallResult(false, Blocked: true, Error: error),
            _ => new TelegramCallResult(false, Error: error),
        };
    }

    private static async Task<TelegramAnswer?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TelegramAnswer>(TelegramJson.Options, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null; // a proxy's HTML error page: the status code alone decides
        }
    }

    /// <summary>Most methods answer one Message; sendMediaGroup answers an array of them.</summary>
    private static long? LastMessageId(JsonElement result) => result.ValueKind switch
    {
        JsonValueKind.Object when result.TryGetProperty("message_id", out var id) && id.TryGetInt64(out var value) => value,
        JsonValueKind.Array when result.GetArrayLength() > 0 => LastMessageId(result[result.GetArrayLength() - 1]),
        _ => null,
    };

    private sealed record TelegramAnswer(bool Ok, JsonElement Result, string? Description, ResponseParameters? Parameters);

    private sealed record ResponseParameters([property: JsonPropertyName("retry_after")] int? RetryAfter);
}
