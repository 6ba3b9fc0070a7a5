using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class VariantConfiguration : IEntityTypeConfiguration<Variant>
{
    public void Configure(EntityTypeBuilder<Variant> builder)
    {
        builder.ToTable("Variants", t => t.HasCheckConstraint("ck_variants_stock_non_negative", "stock >= 0"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Sku).IsRequired();
        builder.HasIndex(v => v.Sku).IsUnique();
        builder.OwnsOne(v => v.Option, option =>
        {
            option.OwnsOne(o => o.Name, name =>
            {
                name.Property(n => n.De).HasColumnName("option_name_de").HasMaxLength(60).IsRequired();
                name.Property(n => n.En).HasColumnName("option_name_en").HasMaxLength(60);
            });
            option.Navigation(o => o.Name).IsRequired();
            option.Property(o => o.Value).HasColumnName("option_value").HasMaxLength(60).IsRequired();
        });
        builder.Navigation(v => v.Option).IsRequired();
        builder.Property(v => v.Version).HasColumnName("xmin").IsRowVersion();
    }
}
