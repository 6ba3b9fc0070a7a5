using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products", t =>
        {
            t.HasCheckConstraint("ck_products_stock_non_negative", "stock >= 0");
            t.HasCheckConstraint("ck_products_price_positive", "price_amount > 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Sku).IsRequired();
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CategoryId);

        builder.OwnsOne(p => p.Name, name =>
        {
            name.Property(n => n.De).HasColumnName("name_de").HasMaxLength(Product.MaxNameLength).IsRequired();
            name.Property(n => n.En).HasColumnName("name_en").HasMaxLength(Product.MaxNameLength);
        });
        builder.OwnsOne(p => p.Description, description =>
        {
            description.Property(d => d.De).HasColumnName("description_de").HasMaxLength(Product.MaxDescriptionLength).IsRequired();
            description.Property(d => d.En).HasColumnName("description_en").HasMaxLength(Product.MaxDescriptionLength);
        });
        builder.OwnsOne(p => p.Price, price =>
        {
            price.Property(m => m.Amount).HasColumnName("price_amount").HasPrecision(12, 2);
            price.Property(m => m.Currency).HasColumnName("price_currency").HasMaxLength(3).IsFixedLength();
        });
        builder.Navigation(p => p.Name).IsRequired();
        builder.Navigation(p => p.Description).IsRequired();
        builder.Navigation(p => p.Price).IsRequired();

        builder.Property(p => p.ImagePath).HasMaxLength(500);
        builder.Property(p => p.Synonyms).HasMaxLength(1000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Version).HasColumnName("xmin").IsRowVersion();
        builder.Ignore(p => p.DomainEvents);

        // Search: folded text kept by PostgreSQL itself (commerce_fold, migration ProductSearch), trigram-indexed.
        // Names (and the SKU) are a column of their own so a name match can outrank a description match.
        builder.Property<string>(SearchColumns.Name).IsRequired()
            .HasComputedColumnSql("commerce_fold(sku || ' ' || name_de || ' ' || coalesce(name_en, ''))", stored: true);
        builder.Property<string>(SearchColumns.Document).IsRequired()
            .HasComputedColumnSql(
                "commerce_fold(name_de || ' ' || coalesce(name_en, '') || ' ' || description_de || ' ' || coalesce(description_en, ''))",
                stored: true);
        builder.HasIndex(SearchColumns.Name).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(SearchColumns.Document).HasMethod("gin").HasOperators("gin_trgm_ops");

        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).HasField("_variants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
