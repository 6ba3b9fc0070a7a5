using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// One row whose value changes, in the same transaction, whenever a product's, variant's or category's searchable
/// data changes (names, descriptions, price, image, status, options — not stock). Every instance compares it with
/// the stamp its <see cref="CatalogSnapshot"/> was read at, so a change made anywhere is searched everywhere next.
/// </summary>
internal sealed class CatalogStamp
{
    public const int RowId = 1;

    public int Id { get; set; }

    public Guid Value { get; set; }

    /// <summary>Marks the stamp changed when <paramref name="tracker"/> holds a searchable catalog change.</summary>
    public static void TouchIfCatalogChanged(ChangeTracker tracker, DbContext db)
    {
        if (!tracker.Entries().Any(IsSearchableChange))
            return;
        var stamp = tracker.Entries<CatalogStamp>().FirstOrDefault()?.Entity;
        if (stamp is null)
        {
            stamp = new CatalogStamp { Id = RowId };
            db.Attach(stamp);
        }

        stamp.Value = Guid.NewGuid();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }

    private static bool IsSearchableChange(EntityEntry entry)
    {
        // Names, prices and options are owned types: their entries belong to the product, variant or category.
        var type = entry.Metadata;
        var owned = type.IsOwned();
        while (type.IsOwned())
            type = type.FindOwnership()!.PrincipalEntityType;
        if (type.ClrType != typeof(Product) && type.ClrType != typeof(Variant) && type.ClrType != typeof(Category))
            return false;

        return entry.State switch
        {
            EntityState.Added or EntityState.Deleted => true,
            // Stock moves with every checkout; search reads it live, so it does not make the snapshot stale.
            EntityState.Modified => owned || entry.Properties.Any(p => p.IsModified && p.Metadata.Name is not (nameof(Product.Stock) or nameof(Product.Version))),
            _ => false,
        };
    }
}

internal sealed class CatalogStampConfiguration : IEntityTypeConfiguration<CatalogStamp>
{
    public void Configure(EntityTypeBuilder<CatalogStamp> builder)
    {
        builder.ToTable("CatalogStamps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new CatalogStamp { Id = CatalogStamp.RowId, Value = Guid.Empty });
    }
}
