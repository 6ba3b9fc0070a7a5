using Commerce.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.ConversationId, o.CreatedAt });
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        builder.HasIndex(o => o.PaymentSessionId);
        builder.HasIndex(o => o.PaymentReference);
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.OwnsOne(o => o.Total, total =>
        {
            total.Property(m => m.Amount).HasColumnName("total_amount").HasPrecision(14, 2);
            total.Property(m => m.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
        });
        builder.OwnsOne(o => o.Returned, returned =>
        {
            returned.Property(m => m.Amount).HasColumnName("returned_amount").HasPrecision(14, 2);
            returned.Property(m => m.Currency).HasColumnName("returned_currency").HasMaxLength(3).IsFixedLength();
        });
        builder.Navigation(o => o.Total).IsRequired();
        builder.Navigation(o => o.Returned).IsRequired();
        builder.Property(o => o.PaymentProvider).HasMaxLength(16);
        builder.Property(o => o.PaymentSessionId).HasMaxLength(256);
        builder.Property(o => o.PaymentUrl).HasMaxLength(2000);
        builder.Property(o => o.PaymentReference).HasMaxLength(256);
        builder.Property(o => o.Carrier).HasMaxLength(100);
        builder.Property(o => o.TrackingNumber).HasMaxLength(100);
        builder.Property(o => o.Version).HasColumnName("xmin").IsRowVersion();
        builder.Ignore(o => o.DomainEvents);
        builder.Ignore(o => o.IsOpenForPayment);
        builder.Ignore(o => o.CanBeReturned);
        builder.Ignore(o => o.NextReturnSequence);

        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.Name).HasColumnName("ship_name").HasMaxLength(200);
            address.Property(a => a.Line1).HasColumnName("ship_line1").HasMaxLength(200);
            address.Property(a => a.Line2).HasColumnName("ship_line2").HasMaxLength(200);
            address.Property(a => a.PostalCode).HasColumnName("ship_postal_code").HasMaxLength(20);
            address.Property(a => a.City).HasColumnName("ship_city").HasMaxLength(100);
            address.Property(a => a.Country).HasColumnName("ship_country").HasMaxLength(2);
        });

        builder.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("OrderLines");
            line.WithOwner().HasForeignKey("OrderId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.Sku).HasMaxLength(40).IsRequired();
            line.Property(l => l.Name).HasMaxLength(250).IsRequired();
            line.Ignore(l => l.LineTotalMinor);
            line.Ignore(l => l.ReturnableQuantity);
        });
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(o => o.History, change =>
        {
            change.ToTable("OrderStatusChanges");
            change.WithOwner().HasForeignKey("OrderId");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.To).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Cause).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(o => o.Returns, r =>
        {
            r.ToTable("OrderReturns");
            r.WithOwner().HasForeignKey("OrderId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasIndex("OrderId", nameof(OrderReturn.Sequence)).IsUnique();
            r.Property(x => x.RequestKey).HasMaxLength(100);
            r.Property(x => x.RefundId).HasMaxLength(256);
            r.Property(x => x.Items).HasMaxLength(1000).IsRequired();
        });
        builder.Navigation(o => o.Returns).HasField("_returns").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
