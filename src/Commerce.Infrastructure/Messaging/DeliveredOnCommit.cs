using System.Data.Common;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// Announces outbox rows written as already delivered (a channel whose delivery is the commit: the web chat) to the
/// delivery observers once their commit has happened, wherever they were written — a turn, a team member's message, an
/// order update, a payment link, a broadcast batch. Rows of a transaction that rolls back are never announced.
/// </summary>
internal sealed class DeliveredOnCommit(IEnumerable<IDeliveryObserver> observers) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AnnounceUnlessInTransaction(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceUnlessInTransaction(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ForgetUnlessInTransaction(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pending(eventData.Context)?.Clear();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Pending(eventData.Context)?.Clear();

    private static List<OutboxMessage>? Pending(DbContext? context) => (context as CommerceDbContext)?.DeliveredOnCommit;

    private static void Collect(DbContext? context)
    {
        if (Pending(context) is not { } pending)
            return;
        foreach (var entry in context!.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State == EntityState.Added && entry.Entity.Status == OutboxStatus.Sent)
                pending.Add(entry.Entity);
        }
    }

    private void AnnounceUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Announce(context);
    }

    private static void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Pending(context)?.Clear();
    }

    private void Announce(DbContext? context)
    {
        if (Pending(context) is not { Count: > 0 } pending)
            return;
        var delivered = pending.ToArray();
        pending.Clear();
        foreach (var message in delivered)
        {
            foreach (var observer in observers)
                observer.Delivered(message);
        }
    }
}
