using System.Data.Common;
using System.Text.Json;
using Commerce.Application.Checkout;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Messaging;

public sealed class MessagingOptions
{
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int MaxAttempts { get; set; } = 5;

    public int Parallelism { get; set; } = 8;

    public bool RunWorkers { get; set; } = true;
}

/// <summary>
/// Runs shoppers' turns from the inbox. Claims skip rows another claim holds (see <see cref="ISqlDialect"/>) so several instances share the work;
/// only the oldest open message of a conversation is claimable, so each conversation is handled in order, one at
/// a time. A claim is a lease: a row whose worker died is taken again once the lease has expired. A live worker
/// renews the lease while a turn runs, and a turn commits only while its claim still holds the row (the claim's
/// attempt number is checked in the turn's transaction), so a turn never takes effect twice.
/// </summary>
public sealed class InboxWorker(
    DbDataSource dataSource,
    ISqlDialect dialect,
    IServiceScopeFactory scopes,
    InboxSignal inboxSignal,
    OutboxSignal outboxSignal,
    PaymentSessionSignal paymentSessionSignal,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<InboxWorker> logger) : ClaimingWorker<InboxWorker.Claimed>(dataSource, inboxSignal.Signal, clock, options.Value, logger)
{
    protected override DbCommand CreateClaim(DbDataSource source, DateTimeOffset now, TimeSpan lease, int limit) =>
        dialect.CreateInboxClaim(source, now, lease, limit);

    protected override Claimed Read(DbDataReader reader) => new(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));

    protected override async ValueTask ProcessAsync(Claimed row, CancellationToken cancellationToken)
    {
        try
        {
            var message = JsonSerializer.Deserialize<InboundMessage>(row.Json, JsonColumn.Options)!;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunTurn(message), cancellationToken);
            var finished = await OwnRow(db, row)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, InboxStatus.Done).SetProperty(m => m.ProcessedAt, Clock.GetUtcNow()).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), cancellationToken);
            if (finished == 0)
            {
                // The lease ran out and another claim has the row: its run of this turn is the one that counts.
                logger.LogWarning("Inbox {InboxId}: claim of attempt {Attempt} was taken over; the turn is rolled back", row.Id, row.Attempts);
                return;
            }

            await transaction.CommitAsync(cancellationToken);
            if (db.ChangeTracker.Entries<PaymentSessionJob>().Any())
                paymentSessionSignal.Signal.Notify(); // a checkout: its payment session can be opened now
            // A reply delivered on commit (web chat) was announced by DeliveredOnCommit; any other can leave now.
            if (outcome.Reply is not { Status: OutboxStatus.Sent })
                outboxSignal.Signal.Notify();

            logger.LogDebug("Inbox {InboxId} handled as {Intent} in conversation {ConversationId}", row.Id, outcome.Intent, outcome.ConversationId);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(row, exception, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(Claimed row, Exception exception, CancellationToken cancellationToken)
    {
        var deadLetter = row.Attempts >= Settings.MaxAttempts;
        logger.LogWarning(exception, "Inbox {InboxId} failed on attempt {Attempt}{DeadLetter}", row.Id, row.Attempts, deadLetter ? "; dead-lettered" : "");
        var backoff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var error = $"{exception.GetType().Name}: {exception.Message}";
        await OwnRow(db, row).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, deadLetter ? InboxStatus.DeadLetter : InboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, Clock.GetUtcNow() + backoff)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, error.Length > 2000 ? error[..2000] : error), cancellationToken);
    }

    protected override bool RenewsLeases => true;

    protected override async Task<bool> RenewLeaseAsync(Claimed row, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        return await OwnRow(db, row).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken) == 1;
    }

    /// <summary>The row while this claim holds it: each claim raises the attempt count, so an older claim matches nothing.</summary>
    private static IQueryable<InboxMessage> OwnRow(CommerceDbContext db, Claimed row) =>
        db.InboxMessages.Where(m => m.Id == row.Id && m.Attempts == row.Attempts && m.Status == InboxStatus.Processing);

    public sealed record Claimed(long Id, string Json, int Attempts);
}
