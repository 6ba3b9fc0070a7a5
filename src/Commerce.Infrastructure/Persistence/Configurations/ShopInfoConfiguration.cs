using Commerce.Domain.Shop;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ShopInfoConfiguration : IEntityTypeConfiguration<ShopInfo>
{
    public void Configure(EntityTypeBuilder<ShopInfo> builder)
    {
        // One row per shop: the key is fixed and the table refuses any other.
        builder.ToTable("ShopInfo", table => table.HasCheckConstraint("ck_shop_info_single_row", $"id = {ShopInfo.SingletonId}"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        Topic(builder, i => i.Shipping, "shipping");
        Topic(builder, i => i.Delivery, "delivery");
        Topic(builder, i => i.Returns, "returns");
        Topic(builder, i => i.Payment, "payment");
        Topic(builder, i => i.Contact, "contact");
    }

    private static void Topic(EntityTypeBuilder<ShopInfo> builder, System.Linq.Expressions.Expression<Func<ShopInfo, ShopText?>> topic, string name)
    {
        builder.OwnsOne(topic, text =>
        {
            text.Property(t => t.De).HasColumnName($"{name}_de").HasMaxLength(ShopInfo.MaxTextLength);
            text.Property(t => t.En).HasColumnName($"{name}_en").HasMaxLength(ShopInfo.MaxTextLength);
        });
        builder.Navigation(topic).IsRequired();
    }
}
