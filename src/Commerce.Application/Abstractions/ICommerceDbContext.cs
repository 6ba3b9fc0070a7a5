using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commerce.Application.Abstractions;

/// <summary>The unit of work handlers use directly; implemented by Infrastructure over PostgreSQL.</summary>
public interface ICommerceDbContext
{
    DbSet<Category> Categories { get; }

    DbSet<Product> Products { get; }

    DbSet<Variant> Variants { get; }

    DbSet<StockMovement> StockMovements { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
