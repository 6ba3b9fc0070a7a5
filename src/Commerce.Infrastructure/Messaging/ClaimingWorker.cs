using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Data.Common;
using Commerce.Infrastructure.Persistence.Providers;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// The loop inbox and outbox workers share: claim rows (the provider's SQL, see <see cref="ISqlDialect"/>: FOR UPDATE
/// SKIP LOCKED on PostgreSQL, UPDLOCK + READPAST on SQL Server) into free parallel slots, process them, and when there is nothing to do
/// wait for this process's signal or the poll interval, whichever comes first. A worker whose rows may take longer than
/// the lease renews it while the row is being processed (<see cref="RenewsLeases"/>); when a renewal finds the row
/// claimed by someone else, processing is cancelled (see docs/decisions/0008-payment-sessions-outside-the-turn.md).
/// </summary>
public abstract class ClaimingWorker<TRow>(DbDataSource dataSource, WorkSignal signal, TimeProvider clock, MessagingOptions settings, ILogger logger)
    : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected MessagingOptions Settings { get; } = settings;

    /// <summary>The claim statement for up to <paramref name="limit"/> rows, leased from <paramref name="now"/>.</summary>
    protected abstract DbCommand CreateClaim(DbDataSource source, DateTimeOffset now, TimeSpan lease, int limit);

    protected abstract TRow Read(DbDataReader reader);

    protected abstract ValueTask ProcessAsync(TRow row, CancellationToken cancellationToken);

    /// <summary>True: the lease of a row in progress is extended every third of a lease.</summary>
    protected virtual bool RenewsLeases => false;

    /// <summary>Extends the row's lease to <paramref name="until"/>; false when the row is no longer this claim's
    /// (finished, or claimed again after the lease ran out).</summary>
    protected virtual Task<bool> RenewLeaseAsync(TRow row, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A pipeline, not batches: whenever one of the parallel slots frees up it is refilled, so a slow row never
        // holds back rows claimed with it. Finishing a row wakes the loop: the next message of that conversation
        // may be claimable now.
        using var slots = new SemaphoreSlim(Settings.Parallelism, Settings.Parallelism);
        var running = new HashSet<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                var free = 1;
                while (free < Settings.Parallelism && slots.Wait(0))
                    free++;

                List<TRow> claimed;
                try
                {
                    claimed = await ClaimAsync(free, stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    slots.Release(free);
                    logger.LogError(exception, "{Worker} could not claim work; retrying", GetType().Name);
                    await Task.Delay(Settings.PollInterval, stoppingToken);
                    continue;
                }

                if (claimed.Count < free)
                    slots.Release(free - claimed.Count);
                foreach (var row in claimed)
                {
                    var task = RunAsync(row, slots, stoppingToken);
                    lock (running)
                        running.Add(task);
                    _ = task.ContinueWith(done => { lock (running) running.Remove(done); }, TaskScheduler.Default);
                }

                if (claimed.Count == 0)
                    await signal.WaitAsync(Settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Task[] remaining;
        lock (running)
            remaining = [.. running];
        await Task.WhenAll(remaining);
    }

    private async Task RunAsync(TRow row, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var finished = new CancellationTokenSource();
        var renewal = RenewsLeases ? KeepLeaseAsync(row, lease, finished.Token) : Task.CompletedTask;
        try
        {
            await ProcessAsync(row, lease.Token);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "{Worker} failed on a row; its lease will expire and it is tried again", GetType().Name);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the row's lease expires and another instance (or the next start) takes it.
        }
        finally
        {
            await finished.CancelAsync();
            await renewal;
            slots.Release();
            signal.Notify();
        }
    }

    /// <summary>Renews the row's lease until processing ends; cancels processing when the row was lost.</summary>
    private async Task KeepLeaseAsync(TRow row, CancellationTokenSource lease, CancellationToken finished)
    {
        var interval = Settings.Lease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, Clock, finished);
                bool held;
                try
                {
                    held = await RenewLeaseAsync(row, Clock.GetUtcNow() + Settings.Lease, finished);
                }
                catch (Exception exception) when (!finished.IsCancellationRequested)
                {
                    // The database is away for a moment; the next renewal may still come in time.
                    logger.LogWarning(exception, "{Worker} could not renew a lease", GetType().Name);
                    continue;
                }

                if (!held)
                {
                    if (!finished.IsCancellationRequested)
                    {
                        logger.LogWarning("{Worker} lost a row's lease to another claim; stopping its work", GetType().Name);
                        await lease.CancelAsync();
                    }

                    return;
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
        }
    }

    private async Task<List<TRow>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = CreateClaim(dataSource, Clock.GetUtcNow(), Settings.Lease, limit);
        var claimed = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            claimed.Add(Read(reader));
        return claimed;
    }
}
