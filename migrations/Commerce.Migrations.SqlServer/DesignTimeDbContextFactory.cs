using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Migrations.SqlServer;

/// <summary>Used by `dotnet ef` only; the connection string is never opened for `migrations add` or `script`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Commerce")
            ?? "Server=localhost;Database=commerce;Integrated Security=false;TrustServerCertificate=true";
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommerceSqlServer(connectionString);
        return new CommerceDbContext(options.Options);
    }
}
