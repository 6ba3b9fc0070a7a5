using Commerce.Application.Abstractions;
using Commerce.Application.Catalog.Search;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Commerce.Infrastructure;

public static class DependencyInjection
{
    public const string MigrationsAssembly = "Commerce.Migrations.Postgres";

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Commerce")
            ?? throw new InvalidOperationException("ConnectionStrings:Commerce is not configured.");

        // One data source (one connection pool) for EF Core and the raw inbox/outbox SQL alike.
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddDbContext<CommerceDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
                .ConfigureWarnings(QuietAboutOptionalAddress));
        services.AddScoped<ICommerceDbContext>(provider => provider.GetRequiredService<CommerceDbContext>());
        services.AddScoped<IProductSearchIndex, PostgresProductSearchIndex>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The durable inbox (group-committed), the turn worker and the outbox dispatcher.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Messaging");
        services.Configure<MessagingOptions>(section);
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IInboxWriter>(provider => provider.GetRequiredService<InboxWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<InboxWriter>());
        if (section.GetValue("RunWorkers", true))
        {
            services.AddHostedService<InboxWorker>();
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>The one place that knows the provider: PostgreSQL through Npgsql, migrations in their own assembly.</summary>
    public static DbContextOptionsBuilder UseCommercePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly)).ConfigureWarnings(QuietAboutOptionalAddress);

    /// <summary>An order without a known shipping address has all address columns null: that is meant, not a mapping slip.</summary>
    private static void QuietAboutOptionalAddress(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning);
}
