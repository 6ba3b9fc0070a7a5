using Commerce.Application.Privacy;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Privacy;

/// <summary>
/// Prunes raw inbox/outbox payloads and photos past <c>Privacy:RetentionDays</c>, batch after batch (each its own
/// short transaction) until nothing is left, then sleeps for <c>Privacy:PruneInterval</c>. Several instances may run
/// it at once: a row deleted by one is simply not found by the other.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneAllAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Pruning old messages and photos failed; trying again next round");
            }

            try
            {
                await Task.Delay(options.Value.PruneInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PruneAllAsync(CancellationToken cancellationToken)
    {
        var total = new PruneReport(0, 0, 0, 0);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PruneExpiredData(), cancellationToken);
            total = new PruneReport(total.InboxMessages + batch.InboxMessages, total.OutboxMessages + batch.OutboxMessages,
                total.Photos + batch.Photos, total.LinkCodes + batch.LinkCodes);
            if (batch.Total == 0)
                break;
        }

        if (total.Total > 0)
        {
            logger.LogInformation("Pruned {Inbox} inbox messages, {Outbox} outbox messages, {Photos} photos and {Codes} link codes past retention",
                total.InboxMessages, total.OutboxMessages, total.Photos, total.LinkCodes);
        }
    }
}
