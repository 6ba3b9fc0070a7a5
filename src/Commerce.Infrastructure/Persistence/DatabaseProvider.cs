namespace Commerce.Infrastructure.Persistence;

/// <summary><c>Database:Provider</c>: which relational database the shop runs on.</summary>
public enum DatabaseProvider
{
    PostgreSQL,
    SqlServer,
}

public static class DatabaseProviders
{
    /// <summary>PostgreSQL when unset; otherwise the name, case-insensitive, or a clear error naming the setting.</summary>
    public static DatabaseProvider Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.PostgreSQL
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider '{value}' is not a database provider (expected PostgreSQL or SqlServer).");
}
