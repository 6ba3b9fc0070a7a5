using Commerce.Application.Checkout;
using Commerce.Application.Messaging;
using Commerce.Application.Payments;
using Commerce.Application.Staff;
using Commerce.Domain.Orders;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commerce.Application.Abstractions;

/// <summary>The unit of work handlers use directly; implemented by Infrastructure over PostgreSQL.</summary>
public interface ICommerceDbContext
{
    DbSet<Category> Categories { get; }

    DbSet<Product> Products { get; }

    DbSet<Variant> Variants { get; }

    DbSet<StockMovement> StockMovements { get; }

    DbSet<Conversation> Conversations { get; }

    DbSet<Domain.Carts.Cart> Carts { get; }

    DbSet<InboxMessage> InboxMessages { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<ConversationAttachment> ConversationAttachments { get; }

    DbSet<Order> Orders { get; }

    DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents { get; }

    DbSet<PaymentSessionJob> PaymentSessionJobs { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<Privacy.LinkCode> LinkCodes { get; }

    DbSet<Domain.Broadcasts.Broadcast> Broadcasts { get; }

    DbSet<Domain.Broadcasts.BroadcastRecipient> BroadcastRecipients { get; }

    DbSet<Domain.Shop.ShopInfo> ShopInfo { get; }

    /// <summary>The next human-friendly order number, from a database sequence (gap-tolerant, never reused).</summary>
    Task<long> NextOrderNumberAsync(CancellationToken cancellationToken);

    DatabaseFacade Database { get; }

    /// <summary>Cleared before a retry after a lost race, so the retry starts from what the database holds.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
