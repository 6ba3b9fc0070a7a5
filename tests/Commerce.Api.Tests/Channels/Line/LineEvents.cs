using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.Channels.Line;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>
/// Webhook bodies built from the recorded examples of LINE's reference (the JSON files beside this class), with fresh
/// user and event ids so tests sharing a database stay apart, signed as LINE signs them.
/// </summary>
public static class LineEvents
{
    public static string NewUserId() => "U" + Guid.NewGuid().ToString("N");

    /// <summary>A webhook event id: LINE's are ULIDs, 26 characters.</summary>
    public static string NewEventId() => "01" + Guid.NewGuid().ToString("N")[..24].ToUpperInvariant();

    public static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Line", file)))!.AsObject();

    /// <summary>The event of a recorded delivery, for this user, with a fresh event id and the given reply token.</summary>
    public static JsonObject Event(string file, string userId, string? replyToken, DateTimeOffset? at = null)
    {
        var body = Load(file);
        var e = body["events"]![0]!.AsObject();
        e["source"]!["userId"] = userId;
        e["webhookEventId"] = NewEventId();
        e["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds();
        if (replyToken is null)
            e.Remove("replyToken");
        else
            e["replyToken"] = replyToken;
        return (JsonObject)e.DeepClone();
    }

    public static JsonObject Text(string userId, string text, string? replyToken, DateTimeOffset? at = null)
    {
        var e = Event("message-text.json", userId, replyToken, at);
        e["message"]!["id"] = NewMessageId();
        e["message"]!["text"] = text;
        return e;
    }

    public static JsonObject Postback(string userId, string data, string? replyToken, DateTimeOffset? at = null)
    {
        var e = Event("postback.json", userId, replyToken, at);
        e["postback"]!["data"] = data;
        return e;
    }

    public static string NewMessageId() => Random.Shared.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString();

    /// <summary>A delivery as LINE posts it: <c>{"destination", "events"}</c>.</summary>
    public static string Body(params JsonObject[] events) =>
        new JsonObject { ["destination"] = "U0123456789abcdef0123456789abcdef", ["events"] = new JsonArray(events.Select(e => (JsonNode)e.DeepClone()).ToArray()) }.ToJsonString();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, params JsonObject[] events) => PostRawAsync(client, Body(events));

    public static async Task<HttpResponseMessage> PostBytesAsync(HttpClient client, byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/line") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TryAddWithoutValidation("X-Line-Signature", LineSignature.Sign(bytes, LineShopFactory.ChannelSecret));
        return await client.SendAsync(request);
    }

    /// <param name="signature">The X-Line-Signature to send; by default the right one, made with the channel secret.</param>
    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? signature = "", string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/line") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (signature is not null)
            request.Headers.TryAddWithoutValidation("X-Line-Signature", signature.Length == 0 ? LineSignature.Sign(bytes, LineShopFactory.ChannelSecret) : signature);
        return await client.SendAsync(request);
    }
}
