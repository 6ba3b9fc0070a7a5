using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Privacy;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Broadcasts;

/// <summary>The privacy shop (web chat, the three Meta channels on a fake Graph API) with an approved WhatsApp marketing template.</summary>
public sealed class TemplateShopFactory : PrivacyShopFactory
{
    public const string Template = "weekly_offers";

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = base.ExtraSettings;
            settings["Channels:WhatsApp:MarketingTemplate:Name"] = Template;
            settings["Channels:WhatsApp:MarketingTemplate:Language"] = "de_DE";
            return settings;
        }
    }
}

/// <summary>An instance of the shop on a given database (or a fresh demo shop), started and stopped by the test.</summary>
public sealed class BroadcastInstance(string? database) : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Broadcasts:BatchSize"] = "25",
        ["Broadcasts:PollInterval"] = "00:00:00.200",
        ["WebChat:SessionKey"] = "broadcast-tests-web-chat-key",
    };

    protected override async Task<string> CreateDatabaseAsync() => database ?? await base.CreateDatabaseAsync();

    public static async Task<BroadcastInstance> StartAsync(string? database = null)
    {
        var instance = new BroadcastInstance(database);
        await instance.InitializeAsync();
        if (database is null)
            await instance.WithDbAsync(DemoCatalogSeeder.SeedAsync);
        _ = instance.Server; // starts the host and its workers
        return instance;
    }
}

internal static class Broadcasting
{
    public static async Task<Guid> CreateAsync(HttpClient merchant, object body)
    {
        var created = await merchant.PostAsJsonAsync("/api/v1/broadcasts", body);
        if (!created.IsSuccessStatusCode)
            throw new InvalidOperationException($"{created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Waits until the broadcast finished and nothing of it is pending; returns its detail with the report.</summary>
    public static async Task<JsonElement> WaitUntilDoneAsync(HttpClient merchant, Guid id, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var detail = await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/broadcasts/{id}");
            var done = detail.GetProperty("broadcast").GetProperty("status").GetString() is "Completed" or "Cancelled"
                       && detail.GetProperty("report").EnumerateArray().All(c => c.GetProperty("pending").GetInt32() == 0);
            if (done)
                return detail;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Broadcast not done: {detail}");
            await Task.Delay(200);
        }
    }

    public static JsonElement Channel(JsonElement detail, string channel) =>
        detail.GetProperty("report").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == channel);

    /// <summary>Conversations that opted in to offers, made directly in the database (as if each had said "subscribe").</summary>
    public static async Task<List<Guid>> OptedInWebChatsAsync(ApiFactory factory, int count)
    {
        var ids = new List<Guid>();
        await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                var conversation = Conversation.Start(Commerce.Domain.Conversations.Channel.WebChat, $"bulk-{Guid.NewGuid():N}", "de", now);
                conversation.SubscribeToOffers(now);
                db.Conversations.Add(conversation);
                ids.Add(conversation.Id);
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    public static Task<HttpResponseMessage> MessengerTextAsync(PrivacyShopFactory factory, string sender, string text) =>
        factory.PostWebhookAsync("messenger", MetaShopFactory.Fixture("messenger-text.json",
            ("PAGE", MetaShopFactory.PageId), ("SENDER", sender), ("TIMESTAMP", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()),
            ("MID", "m_" + Guid.NewGuid().ToString("N")), ("TEXT", text)));

    /// <summary>Messenger's marketing-messages opt-in webhook (optin of type notification_messages), or its stop.</summary>
    public static Task<HttpResponseMessage> MessengerMarketingOptInAsync(PrivacyShopFactory factory, string sender, string? token, bool stop = false)
    {
        var optin = stop
            ? """{"type": "notification_messages", "payload": "offers", "notification_messages_status": "STOP_NOTIFICATIONS"}"""
            : $$"""{"type": "notification_messages", "payload": "offers", "notification_messages_token": "{{token}}", "notification_messages_frequency": "WEEKLY", "token_expiry_timestamp": {{DateTimeOffset.UtcNow.AddDays(180).ToUnixTimeMilliseconds()}}, "user_token_status": "NOT_REFRESHED", "notification_messages_timezone": "Europe/Berlin"}""";
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return factory.PostWebhookAsync("messenger", $$"""
            {"object": "page", "entry": [{"id": "{{MetaShopFactory.PageId}}", "time": {{now}}, "messaging": [
              {"sender": {"id": "{{sender}}"}, "recipient": {"id": "{{MetaShopFactory.PageId}}"}, "timestamp": {{now}}, "optin": {{optin}}}]}]}
            """);
    }

    /// <summary>Marketing messages the fake Graph API received for this token.</summary>
    public static List<System.Text.Json.Nodes.JsonNode> SentToToken(FakeGraphApi graph, string token) => graph.Requests
        .Where(r => r.Method == "POST" && r.Body?["recipient"]?["notification_messages_token"]?.GetValue<string>() == token)
        .Select(r => r.Body!)
        .ToList();

    public static Task<HttpResponseMessage> InstagramTextAsync(PrivacyShopFactory factory, string sender, string text) =>
        factory.PostWebhookAsync("instagram", MetaShopFactory.Fixture("instagram-text.json",
            ("ACCOUNT", MetaShopFactory.InstagramId), ("SENDER", sender), ("TIMESTAMP", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()),
            ("MID", "m_" + Guid.NewGuid().ToString("N")), ("TEXT", text)));

    public static async Task<int> BroadcastMessagesToAsync(ApiFactory factory, Guid conversationId)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.OutboxMessages.CountAsync(m => m.ConversationId == conversationId && m.Kind == "broadcast"));
        return count;
    }
}
