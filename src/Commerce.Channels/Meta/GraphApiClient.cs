using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>The outcome of one Graph API call: the platform's message id, or a classified failure.</summary>
public sealed record GraphCall(string? MessageId, SendResult? Failure)
{
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Typed HttpClient for the Graph API. The token goes in the Authorization header, never the URL, so it cannot
/// leak through request logs. Every failure is classified here so the outbox knows whether a retry can help.
/// </summary>
public sealed class GraphApiClient(HttpClient http)
{
    public async Task<GraphCall> PostAsync(Uri uri, string accessToken, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var json = await ReadJsonAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
                return new GraphCall(MessageId(json), null);
            return new GraphCall(null, GraphErrors.Classify(response.StatusCode, PlatformFailure.RetryAfter(response), json));
        }
        catch (HttpRequestException exception)
        {
            return new GraphCall(null, SendResult.Transient($"Network error: {exception.HttpRequestError}"));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GraphCall(null, SendResult.Transient("The Graph API did not answer in time."));
        }
    }

    public async Task<JsonElement?> GetJsonAsync(Uri uri, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await ReadJsonAsync(response, cancellationToken) : null;
    }

    /// <summary>Downloads at most <paramref name="maxBytes"/>; null when larger or not found.</summary>
    public async Task<(byte[] Bytes, string? ContentType)?> DownloadAsync(Uri uri, string? accessToken, int maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (accessToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
            return null;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Send API answers <c>message_id</c>; WhatsApp answers <c>messages[0].id</c>.</summary>
    private static string? MessageId(JsonElement? json) => json is not { } body
        ? null
        : body.Str("message_id") ?? body.Arr("messages").Select(m => m.Str("id")).FirstOrDefault();

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
