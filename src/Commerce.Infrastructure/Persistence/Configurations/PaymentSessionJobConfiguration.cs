using Commerce.Application.Checkout;
using Commerce.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class PaymentSessionJobConfiguration : IEntityTypeConfiguration<PaymentSessionJob>
{
    public void Configure(EntityTypeBuilder<PaymentSessionJob> builder)
    {
        builder.ToTable("PaymentSessionJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(j => j.OrderId).IsUnique(); // one payment session per order
        builder.HasOne<Order>().WithMany().HasForeignKey(j => j.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.Language).HasMaxLength(8).IsRequired();
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        // Every claim raises Attempts: a worker whose lease another claim took over fails its save instead of
        // recording a second outcome.
        builder.Property(j => j.Attempts).IsConcurrencyToken();
        builder.HasIndex(j => new { j.Status, j.NextAttemptAt }).HasFilter("status = 'Pending'");
    }
}
