using Commerce.Application.Broadcasts;
using Commerce.Application.Messaging;
using Commerce.Domain.Broadcasts;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Broadcasts;

/// <summary>Wakes the broadcast worker of this instance (a broadcast started sending).</summary>
public sealed class BroadcastSignal
{
    public WorkSignal Signal { get; } = new();
}

/// <summary>
/// Sends broadcasts that are being sent, batch by batch (<see cref="SendBroadcastBatch"/>), into the outbox. It keeps at
/// most <see cref="BroadcastOptions.MaxQueued"/> offers waiting there, so the channel senders' rate limits pace them and
/// shoppers' answers never queue behind them. Every batch commits on its own: after a restart, or on another
/// instance, sending goes on with the recipients still pending.
/// </summary>
public sealed class BroadcastWorker(
    IServiceScopeFactory scopes,
    BroadcastSignal signal,
    OutboxSignal outboxSignal,
    IOptions<BroadcastOptions> options,
    ILogger<BroadcastWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await SendSomeAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Sending broadcasts failed; trying again");
            }

            try
            {
                if (!busy)
                    await signal.Signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One batch of the oldest broadcast being sent; true when there may be more to do right away.</summary>
    private async Task<bool> SendSomeAsync(BroadcastOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var sending = await db.Broadcasts.AsNoTracking().Where(b => b.Status == BroadcastStatus.Sending)
            .OrderBy(b => b.StartedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        if (sending.Count == 0)
            return false;
        var queued = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.Kind == OutboxMessage.BroadcastKind, cancellationToken);
        var room = settings.MaxQueued - queued;
        if (room <= 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            return true;
        }

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var id in sending)
        {
            var batch = await mediator.Send(new SendBroadcastBatch(id, Math.Min(room, settings.BatchSize)), cancellationToken);
            if (batch.Finished)
            {
                logger.LogInformation("Broadcast {BroadcastId} has reached every recipient's turn", id);
                continue;
            }

            outboxSignal.Signal.Notify();
            logger.LogDebug("Broadcast {BroadcastId}: {Count} recipients handled", id, batch.Processed);
            return true;
        }

        return false;
    }
}
