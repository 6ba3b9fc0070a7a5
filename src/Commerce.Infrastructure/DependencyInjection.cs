using Commerce.Application.Abstractions;
using Commerce.Application.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure;

public static class DependencyInjection
{
    public const string MigrationsAssembly = "Commerce.Migrations.Postgres";

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Commerce")
            ?? throw new InvalidOperationException("ConnectionStrings:Commerce is not configured.");

        services.AddDbContext<CommerceDbContext>(options => options.UseCommercePostgres(connectionString));
        services.AddScoped<ICommerceDbContext>(provider => provider.GetRequiredService<CommerceDbContext>());
        services.AddScoped<IProductSearchIndex, PostgresProductSearchIndex>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The one place that knows the provider: PostgreSQL through Npgsql, migrations in their own assembly.</summary>
    public static DbContextOptionsBuilder UseCommercePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
}
