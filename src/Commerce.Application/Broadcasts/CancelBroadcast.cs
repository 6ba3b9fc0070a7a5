using Commerce.Application.Abstractions;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Broadcasts;

/// <summary>Stops a broadcast: recipients whose turn has not come get nothing; messages already in the outbox still go.</summary>
public sealed record CancelBroadcast(Guid BroadcastId) : ICommand<Result<BroadcastDto>>;

public sealed class CancelBroadcastHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<CancelBroadcast, Result<BroadcastDto>>
{
    public async Task<Result<BroadcastDto>> Handle(CancelBroadcast request, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BroadcastId, cancellationToken);
        if (broadcast is null)
            return Error.NotFound("Broadcast", request.BroadcastId);
        var now = clock.GetUtcNow();
        var cancelled = broadcast.Cancel(now);
        if (!cancelled.IsSuccess)
            return cancelled.Error!;
        // Conditional, like the start: a broadcast that finished meanwhile stays finished.
        var changed = await db.Broadcasts.Where(b => b.Id == broadcast.Id && (b.Status == BroadcastStatus.Draft || b.Status == BroadcastStatus.Sending))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Cancelled).SetProperty(b => b.FinishedAt, now), cancellationToken);
        if (changed == 0)
            return Error.Conflict("already_done", "The broadcast has finished already.");
        await db.BroadcastRecipients.Where(r => r.BroadcastId == broadcast.Id && r.Status == RecipientStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecipientStatus.Cancelled).SetProperty(r => r.ProcessedAt, now), cancellationToken);
        return BroadcastDto.From(broadcast);
    }
}
