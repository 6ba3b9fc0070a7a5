using System.Net.Http.Json;
using Commerce.Application.Messaging;
using Commerce.Domain.Broadcasts;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Broadcasts;

/// <summary>Two instances share a broadcast; one stops in the middle. Everyone gets the offer, nobody twice.</summary>
public sealed class BroadcastDurabilityTests
{
    [Fact]
    public async Task AnInstanceStoppingMidBroadcast_TheOtherGoesOn_AndNobodyGetsItTwice()
    {
        var first = await BroadcastInstance.StartAsync();
        var second = await BroadcastInstance.StartAsync(first.ConnectionString);
        try
        {
            var chats = await Broadcasting.OptedInWebChatsAsync(first, 800);
            var merchant = first.CreateMerchantClient();
            var id = await Broadcasting.CreateAsync(merchant, new { name = "Alle", text = new { de = "Für alle" }, products = new[] { "SNK-RED" }, channels = new[] { "WebChat" } });

            (await merchant.PostAsync($"/api/v1/broadcasts/{id}/send", null)).EnsureSuccessStatusCode();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await QueuedAsync(second, id) < 100 && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            await first.DisposeAsync(); // stops in the middle of a batch, or between two
            var queuedAtStop = await QueuedAsync(second, id);
            var detail = await Broadcasting.WaitUntilDoneAsync(second.CreateMerchantClient(), id);

            queuedAtStop.Should().BeInRange(100, 799, "the first instance stopped in the middle");
            var web = Broadcasting.Channel(detail, "WebChat");
            (web.GetProperty("recipients").GetInt32(), web.GetProperty("sent").GetInt32()).Should().Be((800, 800));
            await second.WithDbAsync(async db =>
            {
                var perChat = await db.OutboxMessages.Where(m => m.Kind == OutboxMessage.BroadcastKind)
                    .GroupBy(m => m.ConversationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
                perChat.Should().HaveCount(800).And.OnlyContain(c => c.Count == 1, "nobody gets the offer twice");
                perChat.Select(c => c.Key).Should().BeEquivalentTo(chats);
                (await db.BroadcastRecipients.CountAsync(r => r.BroadcastId == id && r.Status == RecipientStatus.Queued)).Should().Be(800);
            });
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static async Task<int> QueuedAsync(BroadcastInstance instance, Guid id)
    {
        var count = 0;
        await instance.WithDbAsync(async db => count = await db.BroadcastRecipients.CountAsync(r => r.BroadcastId == id && r.Status == RecipientStatus.Queued));
        return count;
    }
}
