using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>
/// The shopper blocked the shop's account (LINE's unfollow), and when; <paramref name="Redelivered"/> when the
/// platform sends the report again after a failed delivery, possibly after newer events.
/// </summary>
public sealed record ShopperBlocked(string SenderId, DateTimeOffset At, bool Redelivered);

/// <summary>
/// Nothing is sent to a shopper who blocked the shop until they write again or unblock. A redelivered block older than
/// the shopper's last message (they came back meanwhile) changes nothing; a first delivery always counts, since the
/// conversation's times come partly from our clock, not the platform's.
/// </summary>
public sealed class ShopperBlocks(ICommerceDbContext db)
{
    public async Task RecordAsync(Channel channel, IReadOnlyList<ShopperBlocked> blocks, CancellationToken cancellationToken)
    {
        foreach (var block in blocks)
        {
            var sender = StoredText.Id(block.SenderId, 128);
            await db.Conversations
                .Where(c => c.Channel == channel && c.SenderId == sender && (!block.Redelivered || c.LastInboundAt <= block.At)
                    && (c.UnreachableSince == null || c.UnreachableSince > block.At))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnreachableSince, block.At), cancellationToken);
        }
    }
}
