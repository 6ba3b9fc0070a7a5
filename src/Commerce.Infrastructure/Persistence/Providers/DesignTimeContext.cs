using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>
/// What both migrations assemblies' design-time factories build. The provider is the assembly's own unless
/// <c>dotnet ef ... -- --provider SqlServer|PostgreSQL</c> or <c>Database__Provider</c> names another; the connection
/// string (never opened for <c>migrations add</c>, <c>script</c> or <c>has-pending-model-changes</c>) comes from
/// <c>ConnectionStrings__Commerce</c>.
/// </summary>
public static class DesignTimeContext
{
    public static CommerceDbContext Create(string[] args, DatabaseProvider assemblyProvider)
    {
        var named = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault()
            ?? Environment.GetEnvironmentVariable("Database__Provider");
        var provider = named is null ? assemblyProvider : SqlDialects.Parse(named);
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        if (provider == DatabaseProvider.SqlServer)
        {
            options.UseCommerceSqlServer(Environment.GetEnvironmentVariable("ConnectionStrings__Commerce")
                ?? "Server=localhost;Database=commerce;Integrated Security=true;TrustServerCertificate=true");
        }
        else
        {
            options.UseCommercePostgres(Environment.GetEnvironmentVariable("ConnectionStrings__Commerce")
                ?? "Host=localhost;Database=commerce;Username=commerce");
        }

        return new CommerceDbContext(options.Options);
    }
}
