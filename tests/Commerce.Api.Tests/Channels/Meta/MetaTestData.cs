using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>Arranging and inspecting conversations and the outbox directly in the database.</summary>
internal static class MetaTestData
{
    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();

    /// <summary>Moves the conversation's last inbound message 25 hours back: its 24-hour window is closed.</summary>
    public static Task CloseWindowAsync(ApiFactory factory, Channel channel, string senderId) => factory.WithDbAsync(db =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE conversations SET last_inbound_at = now() - interval '25 hours' WHERE channel = {channel.ToString()} AND sender_id = {senderId}"));

    /// <summary>Writes a reply to the outbox as the shop would (an order update or a late response).</summary>
    public static async Task<long> EnqueueAsync(ApiFactory factory, Channel channel, string senderId, string kind, params ReplyPart[] parts)
    {
        long id = 0;
        await factory.WithDbAsync(async db =>
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Channel == channel && c.SenderId == senderId);
            var message = new OutboxMessage(conversation.Id, channel, senderId, OutboundReply.Of(parts), DateTimeOffset.UtcNow, kind);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            id = message.Id;
        });
        return id;
    }

    public static async Task<OutboxMessage> WaitForOutcomeAsync(ApiFactory factory, long id, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            OutboxMessage? message = null;
            await factory.WithDbAsync(async db => message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
            if (message!.Status != OutboxStatus.Pending || DateTime.UtcNow > deadline)
                return message;
            await Task.Delay(100);
        }
    }

    public static async Task<Guid> ConversationIdAsync(ApiFactory factory, Channel channel, string senderId)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = await db.Conversations.Where(c => c.Channel == channel && c.SenderId == senderId).Select(c => c.Id).SingleAsync());
        return id;
    }

    public static async Task<int> InboxCountAsync(ApiFactory factory, Channel channel, string senderId)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.InboxMessages.CountAsync(m => m.ConversationKey == InboxMessage.KeyOf(channel, senderId)));
        return count;
    }

    public static string? Str(this JsonNode? node) => node?.GetValue<string>();
}
