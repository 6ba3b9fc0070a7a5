using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.Migrations.SqlServer;

/// <summary>Used by `dotnet ef` only; the connection string is never opened for `migrations add` or `script`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext(string[] args) => DesignTimeContext.Create(args, DatabaseProvider.SqlServer);
}
