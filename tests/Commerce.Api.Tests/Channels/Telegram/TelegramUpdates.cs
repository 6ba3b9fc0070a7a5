using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>Updates built from the recorded fixtures, with fresh ids so tests sharing a database stay apart.</summary>
public static class TelegramUpdates
{
    private static long _next = Random.Shared.NextInt64(1_000_000, 9_000_000) * 100;

    public static long NewId() => Interlocked.Increment(ref _next);

    public static JsonNode Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Telegram", file)))!;

    public static JsonNode Text(long chatId, string text, long? updateId = null)
    {
        var update = Load("message_text.json");
        update["update_id"] = updateId ?? NewId();
        update["message"]!["from"]!["id"] = chatId;
        update["message"]!["chat"]!["id"] = chatId;
        update["message"]!["text"] = text;
        return update;
    }

    public static JsonNode Callback(long chatId, string data, string callbackId)
    {
        var update = Load("callback_query.json");
        update["update_id"] = NewId();
        update["callback_query"]!["id"] = callbackId;
        update["callback_query"]!["from"]!["id"] = chatId;
        update["callback_query"]!["message"]!["chat"]!["id"] = chatId;
        update["callback_query"]!["data"] = data;
        return update;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode update, string? secret = TelegramShopFactory.SecretToken) =>
        await PostRawAsync(client, update.ToJsonString(), secret);

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? secret = TelegramShopFactory.SecretToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return await client.SendAsync(request);
    }
}
