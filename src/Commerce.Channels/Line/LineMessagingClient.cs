using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Commerce.Channels.Line;

/// <summary>The outcome of one Messaging API call, already sorted into what a retry can or cannot fix.</summary>
public sealed record LineCallResult(
    bool Ok,
    string? MessageId = null,
    bool Transient = false,
    bool InvalidReplyToken = false,
    bool Unreachable = false,
    int Status = 0,
    string? Error = null,
    TimeSpan? RetryAfter = null);

/// <summary>
/// Calls the Messaging API with the channel access token as a bearer token (never logged): reply
/// (<c>POST /v2/bot/message/reply</c>), push (<c>POST /v2/bot/message/push</c> with <c>X-Line-Retry-Key</c>) and the
/// content of a shopper's image (<c>GET {DataApiBaseUrl}/v2/bot/message/{id}/content</c>).
/// https://developers.line.biz/en/reference/messaging-api/
/// </summary>
public sealed class LineMessagingClient(HttpClient http, IOptions<LineOptions> options)
{
    public const string RetryKeyHeader = "X-Line-Retry-Key";

    public Task<LineCallResult> ReplyAsync(string replyToken, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken) =>
        PostAsync("reply", new JsonObject { ["replyToken"] = replyToken, ["messages"] = Array(messages) }, retryKey: null, cancellationToken);

    /// <summary>A push with the same <paramref name="retryKey"/> is executed once; a repeat answers 409, which counts as sent.</summary>
    public Task<LineCallResult> PushAsync(string to, IReadOnlyList<JsonObject> messages, Guid retryKey, CancellationToken cancellationToken) =>
        PostAsync("push", new JsonObject { ["to"] = to, ["messages"] = Array(messages) }, retryKey, cancellationToken);

    /// <summary>The bytes of a message's content, or null when LINE has none (any more) or it is over <paramref name="maxBytes"/>.</summary>
    /// <exception cref="HttpRequestException">LINE could not be reached or answered 5xx/429/202 (not ready yet): worth another try.</exception>
    public async Task<(byte[] Bytes, string? ContentType)?> GetContentAsync(string messageId, string? externalUrl, int maxBytes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        HttpRequestMessage request;
        if (externalUrl is { Length: > 0 })
        {
            // Content the sender's own server hosts ("external" provider) is fetched from there, without our token.
            if (!Uri.TryCreate(externalUrl, UriKind.Absolute, out var external) || external.Scheme is not ("https" or "http"))
                return null;
            request = new HttpRequestMessage(HttpMethod.Get, external);
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Get, $"{settings.DataApiBaseUrl.TrimEnd('/')}/v2/bot/message/{Uri.EscapeDataString(messageId)}/content");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ChannelAccessToken);
        }

        using (request)
        using (var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            var code = (int)response.StatusCode;
            if (code is 202 or 429 or >= 500)
                throw new HttpRequestException($"content not available yet ({code})", null, response.StatusCode);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
                return null;
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    return null;
                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<LineCallResult> PostAsync(string method, JsonObject body, Guid? retryKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.ApiBaseUrl.TrimEnd('/')}/v2/bot/message/{method}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ChannelAccessToken);
        if (retryKey is { } key)
            request.Headers.Add(RetryKeyHeader, key.ToString("D"));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return new LineCallResult(false, Transient: true, Error: $"{method}: network error {exception.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LineCallResult(false, Transient: true, Error: $"{method}: timed out");
        }

        using (response)
        {
            var answer = await ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
                return new LineCallResult(true, MessageId: LastSentId(answer), Status: (int)response.StatusCode);
            return Failure(method, response, answer);
        }
    }

    /// <summary>
    /// https://developers.line.biz/en/reference/messaging-api/#status-codes — 409 on a push means a request with this
    /// retry key was already accepted: the messages went out, so it is a success. 429 is the rate limit (or the
    /// month's message quota, which no retry today fixes); 5xx and network errors are LINE's trouble; a reply token that
    /// is stale or used answers 400 "Invalid reply token"; 404 names a user the account cannot reach; other 4xx are our
    /// mistakes.
    /// </summary>
    private static LineCallResult Failure(string method, HttpResponseMessage response, JsonElement? answer)
    {
        var code = (int)response.StatusCode;
        var message = answer?.Str("message");
        var details = answer is { } a && a.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Array
            ? string.Join("; ", d.EnumerateArray().Select(x => $"{x.Str("property")}: {x.Str("message")}").Take(5))
            : null;
        var error = $"{method}: {code} {message ?? response.StatusCode.ToString()}{(string.IsNullOrEmpty(details) ? "" : $" ({details})")}";
        var retryAfter = PlatformFailure.RetryAfter(response);
        return code switch
        {
            409 when method == "push" => new LineCallResult(true, MessageId: LastSentId(answer), Status: code),
            429 when message?.Contains("monthly limit", StringComparison.OrdinalIgnoreCase) == true => new LineCallResult(false, Status: code, Error: error),
            _ when PlatformFailure.IsTransient(code) => new LineCallResult(false, Transient: true, Status: code, Error: error, RetryAfter: retryAfter),
            400 when message?.Contains("reply token", StringComparison.OrdinalIgnoreCase) == true => new LineCallResult(false, InvalidReplyToken: true, Status: code, Error: error),
            404 => new LineCallResult(false, Unreachable: true, Status: code, Error: error),
            _ => new LineCallResult(false, Status: code, Error: error),
        };
    }

    private static async Task<JsonElement?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML error page: the status code alone decides
        }
    }

    /// <summary>Reply and push answer <c>{"sentMessages": [{"id", "quoteToken"}]}</c>; the last id stands for the request.</summary>
    private static string? LastSentId(JsonElement? answer) =>
        answer is { ValueKind: JsonValueKind.Object } a && a.TryGetProperty("sentMessages", out var sent) && sent.ValueKind == JsonValueKind.Array && sent.GetArrayLength() > 0
            ? sent[sent.GetArrayLength() - 1].Id("id")
            : null;

    private static JsonArray Array(IReadOnlyList<JsonObject> messages) => new(messages.Select(m => (JsonNode)m.DeepClone()).ToArray());
}
