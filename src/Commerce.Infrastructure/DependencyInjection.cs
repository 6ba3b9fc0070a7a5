using System.Data.Common;
using Commerce.Application.Abstractions;
using Commerce.Application.Catalog.Search;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.Data.SqlClient;
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

    public const string SqlServerMigrationsAssembly = "Commerce.Migrations.SqlServer";

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Commerce")
            ?? throw new InvalidOperationException("ConnectionStrings:Commerce is not configured.");

        var databaseProvider = SqlDialects.Parse(configuration["Database:Provider"]);
        services.AddSingleton<DeliveredOnCommit>();
        services.AddSingleton<Application.Staff.IStaffPasswords, Staff.StaffPasswords>();
        services.AddSingleton(SqlDialects.For(databaseProvider));
        if (databaseProvider == DatabaseProvider.SqlServer)
        {
            // The inbox/outbox SQL gets its own pool; EF Core keeps SqlClient's pool for the same connection string.
            services.AddSingleton<DbDataSource>(_ => SqlClientFactory.Instance.CreateDataSource(connectionString));
            services.AddDbContext<CommerceDbContext>(
                (provider, options) => options.UseCommerceSqlServer(connectionString).AddInterceptors(provider.GetRequiredService<DeliveredOnCommit>()),
                ServiceLifetime.Scoped,
                ServiceLifetime.Singleton);
        }
        else
        {
            // One data source (one connection pool) for EF Core and the raw inbox/outbox SQL alike.
            services.AddSingleton(_ => CreateNpgsqlDataSource(connectionString));
            services.AddSingleton<DbDataSource>(provider => provider.GetRequiredService<NpgsqlDataSource>());
            // The options are built once, not per request scope (they only name the data source and the migrations).
            services.AddDbContext<CommerceDbContext>(
                (provider, options) => options
                    .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
                    .ConfigureWarnings(QuietAboutOptionalAddress)
                    .AddInterceptors(provider.GetRequiredService<DeliveredOnCommit>()),
                ServiceLifetime.Scoped,
                ServiceLifetime.Singleton);
        }

        services.AddScoped<ICommerceDbContext>(provider => provider.GetRequiredService<CommerceDbContext>());
        // Search runs in process over a catalog snapshot (pg_trgm's similarity, re-implemented), the same on both providers.
        services.AddScoped<CatalogStampReader>();
        // Rankings are cached per query until the catalog changes; Search:RankingCacheSize 0 ranks every search anew.
        services.AddSingleton(new CatalogSnapshotCache(configuration.GetValue("Search:RankingCacheSize", 1024)));
        services.AddScoped<IProductSearchIndex, InMemoryProductSearchIndex>();
        // The recogniser learns the goods words from the merchant's catalog, refreshed on the same stamp as search.
        services.AddSingleton<CatalogVocabularyCache>();
        services.AddScoped<Commerce.Application.Understanding.ICatalogVocabularySource, CatalogVocabularySource>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The durable inbox (group-committed), the turn worker, the outbox dispatcher and the payment session worker.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Messaging");
        services.Configure<MessagingOptions>(section);
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<PaymentSessionSignal>();
        services.AddSingleton<Broadcasts.BroadcastSignal>();
        services.AddScoped<Application.Broadcasts.IBroadcastPlanner, Broadcasts.BroadcastPlanner>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IInboxWriter>(provider => provider.GetRequiredService<InboxWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<InboxWriter>());
        services.AddScoped<Application.Inbound.IAttachmentReferences, AttachmentReferences>();
        if (section.GetValue("RunWorkers", true))
        {
            services.AddHostedService<InboxWorker>();
            services.AddHostedService<OutboxDispatcher>();
            services.AddHostedService<Payments.PaymentSessionWorker>();
            services.AddHostedService<Privacy.RetentionJob>();
            services.AddHostedService<Broadcasts.BroadcastWorker>();
        }

        return services;
    }

    /// <summary>
    /// The one Npgsql data source. Nothing here leaves session state behind (no SET, LISTEN, temporary tables or session
    /// locks), so a pooled connection is not reset with DISCARD ALL each time it is returned; and statements run often
    /// (the inbox's insert, EF Core's queries of a turn) are prepared on each connection after a few uses, so PostgreSQL
    /// no longer parses and plans them every time. The connection string can set either otherwise.
    /// </summary>
    private static NpgsqlDataSource CreateNpgsqlDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!Names(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        return builder.Build();

        static bool Names(string connectionString, params string[] keys) =>
            keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>PostgreSQL through Npgsql, migrations in Commerce.Migrations.Postgres.</summary>
    public static DbContextOptionsBuilder UseCommercePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly)).ConfigureWarnings(QuietAboutOptionalAddress);

    /// <summary>SQL Server through Microsoft.Data.SqlClient, migrations in Commerce.Migrations.SqlServer.</summary>
    public static DbContextOptionsBuilder UseCommerceSqlServer(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)).ConfigureWarnings(QuietAboutOptionalAddress);

    /// <summary>An order without a known shipping address has all address columns null: that is meant, not a mapping slip.</summary>
    private static void QuietAboutOptionalAddress(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning);
}
