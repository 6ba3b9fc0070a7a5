using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Privacy;

/// <summary>Raw payloads and photos past Privacy:RetentionDays are pruned in the background; recent ones stay.</summary>
public sealed class RetentionTests(PrivacyShopFactory factory) : IClassFixture<PrivacyShopFactory>
{
    [Fact]
    public async Task RetentionJob_PrunesOldPayloadsAndPhotosInBatches_AndKeepsRecentOnes()
    {
        var old = await PrivacyChats.WebChatAsync(factory);
        foreach (var text in new[] { "hallo", "kaffee", "warenkorb" })
            await old.SayAsync(text);
        var recent = await PrivacyChats.WebChatAsync(factory);
        await recent.SayAsync("hallo");
        await recent.SayAsync("danke");
        var oldKey = InboxMessage.KeyOf(Channel.WebChat, old.SessionId);
        var recentKey = InboxMessage.KeyOf(Channel.WebChat, recent.SessionId);
        var oldId = (await PrivacyChats.ConversationIdAsync(factory, Channel.WebChat, old.SessionId))!.Value;
        var recentId = (await PrivacyChats.ConversationIdAsync(factory, Channel.WebChat, recent.SessionId))!.Value;
        var now = factory.Clock.GetUtcNow();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                await db.KeepAttachmentAsync(new ConversationAttachment(Channel.WebChat, $"old-photo-{old.SessionId}", i, oldKey, new InboundAttachment("image", "https://example.test/a.jpg", null), now), default);
            }

            await db.KeepAttachmentAsync(new ConversationAttachment(Channel.WebChat, $"recent-photo-{recent.SessionId}", 0, recentKey, new InboundAttachment("image", "https://example.test/b.jpg", null), now), default);
        });
        (await CountsAsync(oldKey, oldId)).Should().Be((3, 3, 3), "three messages, three replies and three photos");
        var recentBefore = await CountsAsync(recentKey, recentId);

        await factory.WithDbAsync(async db =>
        {
            await db.InboxMessages.Where(m => m.ConversationKey == oldKey).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReceivedAt, now.AddDays(-91)));
            await db.OutboxMessages.Where(m => m.ConversationId == oldId).ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, now.AddDays(-91)));
            await db.ConversationAttachments.Where(a => a.ConversationKey == oldKey).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, now.AddDays(-91)));
            // Just inside the 90 days: these stay.
            await db.InboxMessages.Where(m => m.ConversationKey == recentKey).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReceivedAt, now.AddDays(-89)));
            await db.ConversationAttachments.Where(a => a.ConversationKey == recentKey).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, now.AddDays(-89)));
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountsAsync(oldKey, oldId) != (0, 0, 0) && DateTime.UtcNow < deadline)
            await Task.Delay(250);

        (await CountsAsync(oldKey, oldId)).Should().Be((0, 0, 0), "the job removes rows past retention, two at a time until none are left");
        (await CountsAsync(recentKey, recentId)).Should().Be(recentBefore).And.Be((2, 2, 1));
    }

    private async Task<(int Inbox, int Outbox, int Photos)> CountsAsync(string key, Guid conversationId)
    {
        var counts = (0, 0, 0);
        await factory.WithDbAsync(async db => counts = (
            await db.InboxMessages.CountAsync(m => m.ConversationKey == key),
            await db.OutboxMessages.CountAsync(m => m.ConversationId == conversationId),
            await db.ConversationAttachments.CountAsync(a => a.ConversationKey == key)));
        return counts;
    }
}
