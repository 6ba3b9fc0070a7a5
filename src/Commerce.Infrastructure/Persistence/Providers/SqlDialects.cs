using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Providers;

public static class SqlDialects
{
    public static readonly ISqlDialect PostgreSQL = new PostgresDialect();

    public static readonly ISqlDialect SqlServer = new SqlServerDialect();

    public static ISqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : PostgreSQL;

    /// <summary>The dialect of an EF provider (by its assembly name, e.g. "Microsoft.EntityFrameworkCore.SqlServer").</summary>
    public static ISqlDialect For(DbContext context) =>
        context.Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer" ? SqlServer : PostgreSQL;

    /// <summary>Parses <c>Database:Provider</c>: PostgreSQL (default) or SqlServer, case-insensitive.</summary>
    public static DatabaseProvider Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.PostgreSQL
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider must be PostgreSQL or SqlServer, not '{value}'.");
}
