using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Commerce.Bench;

internal static class Http
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    /// <summary>HTTP/1.1 keep-alive client with one pooled connection per concurrent worker.</summary>
    public static HttpClient Client(string baseUrl, int maxConnections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public static ByteArrayContent Json(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = JsonType;
        return content;
    }

    /// <summary>A JSON string literal (quotes included) for the plain texts used here.</summary>
    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>POSTs and drains the answer; true on 2xx.</summary>
    public static async Task<bool> PostAsync(HttpClient client, string path, string json, CancellationToken ct)
    {
        using var response = await client.PostAsync(path, Json(json), ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Starts a web chat session through the API and returns its id.</summary>
    public static async Task<string> StartSessionAsync(HttpClient client, CancellationToken ct)
    {
        using var response = await client.PostAsync("api/chat/sessions", Json("{}"), ct);
        response.EnsureSuccessStatusCode();
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
        return document.RootElement.GetProperty("sessionId").GetString()!;
    }

    /// <summary>Waits (bounded) until GET <paramref name="path"/> answers 200.</summary>
    public static async Task WaitReadyAsync(HttpClient client, string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(path);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException($"{path} did not answer 200 within {timeout.TotalSeconds:F0} s");
            await Task.Delay(250);
        }
    }
}
