using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Slug).HasMaxLength(60).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.OwnsOne(c => c.Name, name =>
        {
            name.Property(n => n.De).HasColumnName("name_de").HasMaxLength(100).IsRequired();
            name.Property(n => n.En).HasColumnName("name_en").HasMaxLength(100);
        });
        builder.Navigation(c => c.Name).IsRequired();

        // Category names are searched with their products; held with their products in the search snapshot (see CatalogSnapshot).
        builder.Property<string>(SearchColumns.Document).IsRequired()
            .HasComputedColumnSql("commerce_fold(slug || ' ' || name_de || ' ' || coalesce(name_en, ''))", stored: true);
    }
}
