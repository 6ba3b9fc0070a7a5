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

    /// <summary>
    /// " AND c.channel IN ('WebChat', …)" for the given channels, or nothing for all. The names are the enum's own,
    /// never input text, so they are written as literals.
    /// </summary>
    internal static string ChannelFilter(IReadOnlyCollection<Domain.Conversations.Channel> channels) =>
        channels.Count == 0
            ? ""
            : $" AND c.channel IN ({string.Join(", ", channels.Distinct().Order().Select(c => $"'{Enum.GetName(c) ?? throw new ArgumentOutOfRangeException(nameof(channels))}'"))})";

    /// <summary>Parses <c>Database:Provider</c>: PostgreSQL (default) or SqlServer, case-insensitive.</summary>
    public static DatabaseProvider Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.PostgreSQL
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider must be PostgreSQL or SqlServer, not '{value}'.");
}
