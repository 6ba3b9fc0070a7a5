using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Migrations.Postgres;

/// <summary>Used by `dotnet ef` only; the connection string is never opened for `migrations add` or `script`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Commerce")
            ?? "Host=localhost;Database=commerce;Username=commerce";
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommercePostgres(connectionString);
        return new CommerceDbContext(options.Options);
    }
}
