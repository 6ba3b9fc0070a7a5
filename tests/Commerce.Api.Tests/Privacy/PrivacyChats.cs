using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Privacy;

/// <summary>What the privacy tests read back: conversation ids, exports, every text a reply says.</summary>
internal static class PrivacyChats
{
    public static async Task<ChatClient> WebChatAsync(ApiFactory factory)
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    /// <summary>The id of the conversation behind a platform id, or null when there is none (any more).</summary>
    public static async Task<Guid?> ConversationIdAsync(ApiFactory factory, Channel channel, string senderId)
    {
        Guid? id = null;
        await factory.WithDbAsync(async db => id = await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == channel && c.SenderId == senderId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync());
        return id;
    }

    public static async Task<JsonElement> ExportAsync(ApiFactory factory, Guid conversationId) =>
        await factory.CreateMerchantClient().GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/export");

    /// <summary>Every string value in the parts (texts, titles, payloads), joined: what the shopper can read.</summary>
    public static string Said(IEnumerable<JsonElement> parts) => string.Join("\n", parts.SelectMany(Strings));

    public static string Said(IEnumerable<JsonNode> messages) => string.Join("\n", messages.SelectMany(m => Strings(JsonDocument.Parse(m.ToJsonString()).RootElement)));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
