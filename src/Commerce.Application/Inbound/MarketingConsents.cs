using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>A shopper's answer to Messenger's marketing-messages prompt: a token to send offers with, or a stop.</summary>
public sealed record MarketingOptIn(string SenderId, string? Token, DateTimeOffset? ExpiresAt, bool Stopped);

/// <summary>
/// Keeps the shopper's marketing-messages consent on their conversation (started here if they never wrote). A turn
/// saving the same conversation at the same moment wins the race; the consent is then applied once more.
/// </summary>
public sealed class MarketingConsents(ICommerceDbContext db)
{
    public async Task RecordAsync(Channel channel, IReadOnlyList<MarketingOptIn> optIns, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var optIn in optIns)
        {
            var sender = StoredText.Id(optIn.SenderId, 128);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Channel == channel && c.SenderId == sender, cancellationToken);
                    if (conversation is null)
                    {
                        conversation = Conversation.Start(channel, sender, "de", now);
                        db.Conversations.Add(conversation);
                    }

                    if (optIn.Stopped)
                        conversation.StopMarketingMessages(now);
                    else
                        conversation.GrantMarketingMessages(StoredText.Clean(optIn.Token!), optIn.ExpiresAt, now);
                    await db.SaveChangesAsync(cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < 2)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
    }
}
