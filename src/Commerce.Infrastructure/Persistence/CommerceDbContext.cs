using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Carts;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

public sealed class CommerceDbContext(DbContextOptions<CommerceDbContext> options) : DbContext(options), ICommerceDbContext
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // pg_trgm scores search matches; fuzzystrmatch catches typos inside a word, where trigrams score low.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("fuzzystrmatch");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Sku>().HaveConversion<SkuConverter>().HaveMaxLength(Sku.MaxLength);
    }
}
