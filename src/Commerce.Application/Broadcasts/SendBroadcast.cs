using Commerce.Application.Abstractions;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Broadcasts;

/// <summary>
/// Starts sending: the broadcast leaves Draft and its recipients are fixed in the same transaction (the opted-in
/// conversations of this moment). Sending itself happens in the background, through the outbox.
/// </summary>
public sealed record SendBroadcast(Guid BroadcastId) : ICommand<Result<BroadcastDto>>;

public sealed class SendBroadcastHandler(ICommerceDbContext db, IBroadcastPlanner planner, TimeProvider clock, ILogger<SendBroadcastHandler> logger)
    : IRequestHandler<SendBroadcast, Result<BroadcastDto>>
{
    public async Task<Result<BroadcastDto>> Handle(SendBroadcast request, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BroadcastId, cancellationToken);
        if (broadcast is null)
            return Error.NotFound("Broadcast", request.BroadcastId);
        var now = clock.GetUtcNow();
        var started = broadcast.Start(now);
        if (!started.IsSuccess)
            return started.Error!;

        // The row lock of this conditional update makes a second, concurrent send wait and then find nothing to start.
        var claimed = await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.Status == BroadcastStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Sending).SetProperty(b => b.StartedAt, now), cancellationToken);
        if (claimed == 0)
            return Error.Conflict("already_sent", "The broadcast is being sent already.");

        var recipients = await planner.PlanAsync(broadcast, cancellationToken);
        await db.Broadcasts.Where(b => b.Id == broadcast.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.RecipientCount, recipients), cancellationToken);
        broadcast.Planned(recipients);
        logger.LogInformation("Broadcast {BroadcastId} planned for {Recipients} recipients", broadcast.Id, recipients);
        return BroadcastDto.From(broadcast);
    }
}
