using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Privacy;

/// <summary>Rows removed by one pruning batch.</summary>
public sealed record PruneReport(int InboxMessages, int OutboxMessages, int Photos, int LinkCodes)
{
    public int Total => InboxMessages + OutboxMessages + Photos + LinkCodes;
}

/// <summary>
/// One batch of the retention job: finished inbox rows, settled outbox rows and photos older than
/// <see cref="PrivacyOptions.RetentionDays"/>, and link codes past their use. Rows still being worked on stay.
/// </summary>
public sealed record PruneExpiredData : ICommand<PruneReport>;

public sealed class PruneExpiredDataHandler(ICommerceDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock)
    : IRequestHandler<PruneExpiredData, PruneReport>
{
    public async Task<PruneReport> Handle(PruneExpiredData request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromDays(settings.RetentionDays);
        var batch = Math.Max(1, settings.PruneBatchSize);

        var inboxIds = await db.InboxMessages
            .Where(m => m.ReceivedAt < cutoff && (m.Status == InboxStatus.Done || m.Status == InboxStatus.DeadLetter))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(batch).ToListAsync(cancellationToken);
        var inbox = inboxIds.Count == 0 ? 0 : await db.InboxMessages.Where(m => inboxIds.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);

        var outboxIds = await db.OutboxMessages
            .Where(m => m.CreatedAt < cutoff && m.Status != OutboxStatus.Pending)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(batch).ToListAsync(cancellationToken);
        var outbox = outboxIds.Count == 0 ? 0 : await db.OutboxMessages.Where(m => outboxIds.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);

        var photoIds = await db.ConversationAttachments
            .Where(a => a.ReceivedAt < cutoff)
            .OrderBy(a => a.Id).Select(a => a.Id).Take(batch).ToListAsync(cancellationToken);
        var photos = photoIds.Count == 0 ? 0 : await db.ConversationAttachments.Where(a => photoIds.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);

        // A link code is worth nothing a day after it expired.
        var codeCutoff = now - TimeSpan.FromDays(1);
        var codeIds = await db.LinkCodes.Where(l => l.ExpiresAt < codeCutoff)
            .OrderBy(l => l.Id).Select(l => l.Id).Take(batch).ToListAsync(cancellationToken);
        var codes = codeIds.Count == 0 ? 0 : await db.LinkCodes.Where(l => codeIds.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);

        return new PruneReport(inbox, outbox, photos, codes);
    }
}
