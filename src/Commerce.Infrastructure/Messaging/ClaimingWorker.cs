using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// The loop inbox and outbox workers share: claim a batch of rows (the SQL takes <c>@now</c>, <c>@lease</c> and
/// <c>@limit</c> and claims with FOR UPDATE SKIP LOCKED), process them in parallel, and when there is nothing to
/// do wait for this process's signal or the poll interval, whichever comes first.
/// </summary>
public abstract class ClaimingWorker<TRow>(NpgsqlDataSource dataSource, WorkSignal signal, TimeProvider clock, MessagingOptions settings, ILogger logger)
    : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected MessagingOptions Settings { get; } = settings;

    protected abstract string ClaimSql { get; }

    protected abstract TRow Read(NpgsqlDataReader reader);

    protected abstract ValueTask ProcessAsync(TRow row, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.Parallelism, CancellationToken = stoppingToken };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await ClaimAsync(stoppingToken);
                if (claimed.Count > 0)
                {
                    await Parallel.ForEachAsync(claimed, parallel, ProcessAsync);
                    continue; // more may be waiting, e.g. the next message of the same conversations
                }

                await signal.WaitAsync(Settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "{Worker} loop failed; retrying", GetType().Name);
                await Task.Delay(Settings.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<List<TRow>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.AddWithValue("now", Clock.GetUtcNow());
        command.Parameters.AddWithValue("lease", Settings.Lease);
        command.Parameters.AddWithValue("limit", Settings.Parallelism * 4);
        var claimed = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            claimed.Add(Read(reader));
        return claimed;
    }
}
