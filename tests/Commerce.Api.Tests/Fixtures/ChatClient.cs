using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>Talks to the web chat API like the page does: send, then long-poll for the bot's replies.</summary>
public sealed class ChatClient(HttpClient http)
{
    private long _lastId;

    public string SessionId { get; private set; } = "";

    public async Task StartAsync()
    {
        var response = await http.PostAsJsonAsync("/api/chat/sessions", new { language = "de" });
        response.EnsureSuccessStatusCode();
        SessionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
    }

    public async Task<HttpResponseMessage> PostAsync(string? text = null, string? payload = null, string? clientMessageId = null) =>
        await http.PostAsJsonAsync($"/api/chat/sessions/{SessionId}/messages", new { clientMessageId = clientMessageId ?? Guid.NewGuid().ToString(), text, payload });

    /// <summary>Sends and returns the parts of the next reply (waits up to 15 s).</summary>
    public async Task<JsonElement[]> SayAsync(string? text = null, string? payload = null)
    {
        (await PostAsync(text, payload)).EnsureSuccessStatusCode();
        return await NextReplyAsync();
    }

    public async Task<JsonElement[]> NextReplyAsync(int waitSeconds = 15)
    {
        var body = await http.GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{SessionId}/messages?after={_lastId}&waitSeconds={waitSeconds}");
        var messages = body.GetProperty("messages").EnumerateArray().ToArray();
        if (messages.Length == 0)
            return [];
        _lastId = messages[0].GetProperty("id").GetInt64();
        return messages[0].GetProperty("parts").EnumerateArray().ToArray();
    }

    /// <summary>
    /// Goes to the checkout (the text, or a button's payload) and returns the payment link. The checkout answers at
    /// once that the order is reserved and the link is being prepared; the link follows as its own message. A
    /// checkout repeated while the link exists answers with the link directly.
    /// </summary>
    public async Task<JsonElement> CheckoutAsync(string? text = "zur kasse", string? payload = null)
    {
        var reply = await SayAsync(payload is null ? text : null, payload);
        if (reply.FirstOrDefault(IsLink) is { ValueKind: JsonValueKind.Object } link)
            return link;
        AllText(reply).Should().ContainAny("ist reserviert", "is reserved").And.ContainAny("Zahlungslink vor", "payment link");
        var next = await NextReplyAsync();
        next.Should().Contain(p => IsLink(p), "the payment link follows the note");
        return next.Single(IsLink);
    }

    /// <summary>The same chat session through another client (e.g. another instance of the service).</summary>
    public ChatClient Through(HttpClient other) => new(other) { SessionId = SessionId, _lastId = _lastId };

    public static bool IsLink(JsonElement part) => part.GetProperty("type").GetString() == "link";

    public static string AllText(IEnumerable<JsonElement> parts) => string.Join("\n", parts.Select(p => p.GetRawText()));
}
