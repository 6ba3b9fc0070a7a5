using Commerce.Application.Abstractions;
using Commerce.Application.Checkout;
using Commerce.Application.Messaging;
using Commerce.Application.Payments;
using Commerce.Application.Staff;
using Commerce.Application.Privacy;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.Domain.Carts;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence.Providers;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

public sealed class CommerceDbContext(DbContextOptions<CommerceDbContext> options, IDomainEventDispatcher? dispatcher = null)
    : DbContext(options), ICommerceDbContext
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Variant> Variants => Set<Variant>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ConversationAttachment> ConversationAttachments => Set<ConversationAttachment>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();

    public DbSet<PaymentSessionJob> PaymentSessionJobs => Set<PaymentSessionJob>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();

    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();

    public DbSet<BroadcastRecipient> BroadcastRecipients => Set<BroadcastRecipient>();

    public DbSet<Domain.Shop.ShopInfo> ShopInfo => Set<Domain.Shop.ShopInfo>();

    /// <summary>Outbox rows this context wrote as delivered, announced once their commit happened (<see cref="Messaging.DeliveredOnCommit"/>).</summary>
    internal List<OutboxMessage> DeliveredOnCommit { get; } = [];

    /// <summary>Synchronous saves stamp the catalog too (seeding and tools use them).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CatalogStamp.TouchIfCatalogChanged(ChangeTracker, this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public async Task<long> NextOrderNumberAsync(CancellationToken cancellationToken) =>
        (await Database.SqlQueryRaw<long>(SqlDialects.For(this).NextOrderNumberSql).ToListAsync(cancellationToken)).Single();

    /// <summary>Keeps an attachment reference once: a redelivered webhook finds it stored and changes nothing.</summary>
    public Task KeepAttachmentAsync(ConversationAttachment a, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync(
            SqlDialects.For(this).AttachmentInsertSql,
            [a.Channel.ToString(), a.PlatformMessageId, a.Position, a.ConversationKey, a.Type, a.Url!, a.MediaId!, a.ReceivedAt],
            cancellationToken);

    /// <summary>Whether EF's migrations history table exists yet (asked of the catalog, not by reading the table).</summary>
    public async Task<bool> MigrationsHistoryExistsAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<bool>(SqlDialects.For(this).HistoryTableExistsSql).SingleAsync(cancellationToken);

    /// <summary>Domain events run before the save, so their effects (stock, outbox) commit with the change.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (dispatcher is not null)
        {
            // Handlers may change aggregates that raise further events: drain until quiet.
            for (var round = 0; round < 10; round++)
            {
                var raised = ChangeTracker.Entries<AggregateRoot>().SelectMany(e => e.Entity.DomainEvents).ToList();
                if (raised.Count == 0)
                    break;
                foreach (var entry in ChangeTracker.Entries<AggregateRoot>())
                    entry.Entity.ClearDomainEvents();
                await dispatcher.DispatchAsync(raised, cancellationToken);
            }
        }

        CatalogStamp.TouchIfCatalogChanged(ChangeTracker, this);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>("order_numbers").StartsAt(10001);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
        SqlDialects.For(this).ConfigureModel(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Sku>().HaveConversion<SkuConverter>().HaveMaxLength(Sku.MaxLength);
    }
}
