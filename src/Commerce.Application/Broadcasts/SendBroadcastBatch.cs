using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Broadcasts;

/// <summary>
/// The next few recipients of a broadcast that is being sent: each gets its message written to the outbox, or is
/// skipped with the reason (consent withdrawn, conversation erased, the channel's policy). Claiming, the outbox rows
/// and the recipients' new state commit together, so a crash repeats the batch from the start and two instances
/// never take the same recipient.
/// </summary>
public sealed record BroadcastBatch(int Processed, bool Finished);

public sealed record SendBroadcastBatch(Guid BroadcastId, int Size) : ICommand<BroadcastBatch>;

public sealed class SendBroadcastBatchHandler(ICommerceDbContext db, ProductLookup products, ProductCards cards, Outbox outbox, TimeProvider clock)
    : IRequestHandler<SendBroadcastBatch, BroadcastBatch>
{
    public async Task<BroadcastBatch> Handle(SendBroadcastBatch request, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BroadcastId, cancellationToken);
        if (broadcast is not { Status: BroadcastStatus.Sending })
            return new BroadcastBatch(0, true);
        var now = clock.GetUtcNow();

        var candidates = await db.BroadcastRecipients.AsNoTracking()
            .Where(r => r.BroadcastId == broadcast.Id && r.Status == RecipientStatus.Pending)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(request.Size).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.Status == BroadcastStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Completed).SetProperty(b => b.FinishedAt, now), cancellationToken);
            return new BroadcastBatch(0, true);
        }

        // Claimed with a token; rows another instance took meanwhile no longer match "Pending" once its batch commits
        // (the update waits for that instance's row locks, then checks again).
        var claim = Guid.NewGuid();
        await db.BroadcastRecipients.Where(r => candidates.Contains(r.Id) && r.Status == RecipientStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimId, claim), cancellationToken);
        var recipients = await db.BroadcastRecipients
            .Where(r => candidates.Contains(r.Id) && r.Status == RecipientStatus.Pending && r.ClaimId == claim)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = recipients.Select(r => r.ConversationId).ToList();
        var chats = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.SenderId, c.Language, c.LastInboundAt, c.OffersConsentAt, c.ErasedAt, c.MarketingToken, c.MarketingTokenExpiresAt })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var shown = (await products.LoadAsync(broadcast.ProductIds, cancellationToken))
            .Where(p => p.Status == ProductStatus.Active)
            .OrderBy(p => broadcast.ProductIds.IndexOf(p.Id))
            .ToList();
        var replies = new Dictionary<string, OutboundReply>();
        var queued = new List<(BroadcastRecipient Recipient, OutboxMessage Message)>();

        foreach (var recipient in recipients)
        {
            var chat = chats.GetValueOrDefault(recipient.ConversationId);
            var refusal = chat switch
            {
                null or { ErasedAt: not null } => "The shopper's data was erased.",
                { OffersConsentAt: null } => "The shopper opted out before their turn.",
                _ => outbox.RefusesBroadcast(recipient.Channel, new BroadcastAudience(chat.LastInboundAt, now, chat.MarketingToken, chat.MarketingTokenExpiresAt)),
            };
            if (refusal is not null)
            {
                recipient.Skip(refusal, now);
                continue;
            }

            if (!replies.TryGetValue(chat!.Language, out var reply))
                replies[chat.Language] = reply = Compose(broadcast, shown, chat.Language);
            var message = outbox.Add(new OutboxMessage(recipient.ConversationId, recipient.Channel, chat.SenderId, reply, now, OutboxMessage.BroadcastKind));
            queued.Add((recipient, message));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (recipient, message) in queued)
            recipient.Queue(message.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return new BroadcastBatch(recipients.Count, false);
    }

    /// <summary>The offer's text with how to stop them, then the products as the channel's carousel.</summary>
    private OutboundReply Compose(Broadcast broadcast, IReadOnlyList<Product> shown, string language)
    {
        var texts = ReplyTexts.For(language);
        var text = new TextPart($"{broadcast.Text.In(language)}\n\n{texts.OffersStopHint}");
        return shown.Count == 0 ? OutboundReply.Of(text) : OutboundReply.Of(text, cards.Carousel(shown, language));
    }
}
