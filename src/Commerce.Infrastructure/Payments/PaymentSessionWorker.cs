using System.Data.Common;
using Commerce.Application.Checkout;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Payments;

/// <summary>
/// Opens the payment sessions checkouts asked for (<see cref="PaymentSessionJob"/>), outside the shopper's turn.
/// Claims skip jobs another claim holds (see <see cref="ISqlDialect"/>), so several instances share the work; the lease
/// is renewed while the provider is slow, and a job whose worker died is claimed again once its lease has run out.
/// What a job does is <see cref="OpenPaymentSession"/>; a successful one puts the link message into the outbox.
/// </summary>
public sealed class PaymentSessionWorker(
    DbDataSource dataSource,
    ISqlDialect dialect,
    IServiceScopeFactory scopes,
    PaymentSessionSignal signal,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<PaymentSessionWorker> logger)
    : ClaimingWorker<PaymentSessionWorker.Claimed>(dataSource, signal.Signal, clock, options.Value, logger)
{
    protected override DbCommand CreateClaim(DbDataSource source, DateTimeOffset now, TimeSpan lease, int limit) =>
        dialect.CreatePaymentSessionClaim(source, now, lease, limit);

    protected override Claimed Read(DbDataReader reader) => new(reader.GetInt64(0), reader.GetInt32(1));

    protected override bool RenewsLeases => true;

    protected override async ValueTask ProcessAsync(Claimed row, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new OpenPaymentSession(row.Id, row.Attempts), cancellationToken);
            if (outcome is PaymentSessionOutcome.Opened or PaymentSessionOutcome.Failed)
                outboxSignal.Signal.Notify(); // the link (or the bad news) can leave now
            logger.LogDebug("Payment session job {JobId} attempt {Attempt}: {Outcome}", row.Id, row.Attempts, outcome);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Typically the order changed meanwhile (a concurrency conflict): try again soon, with what is current.
            logger.LogWarning(exception, "Payment session job {JobId} failed on attempt {Attempt}", row.Id, row.Attempts);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
            var backoff = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, row.Attempts)));
            await OwnJob(db, row).ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, Clock.GetUtcNow() + backoff), cancellationToken);
        }
    }

    protected override async Task<bool> RenewLeaseAsync(Claimed row, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        return await OwnJob(db, row).ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, until), cancellationToken) == 1;
    }

    /// <summary>The job while this claim holds it: each claim raises the attempt count, so an older claim matches nothing.</summary>
    private static IQueryable<PaymentSessionJob> OwnJob(CommerceDbContext db, Claimed row) =>
        db.PaymentSessionJobs.Where(j => j.Id == row.Id && j.Attempts == row.Attempts && j.Status == PaymentSessionJobStatus.Pending);

    public sealed record Claimed(long Id, int Attempts);
}
