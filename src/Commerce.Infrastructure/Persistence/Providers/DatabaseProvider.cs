namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>The databases Commerce runs on, chosen by <c>Database:Provider</c> (PostgreSQL when unset).</summary>
public enum DatabaseProvider
{
    PostgreSQL,
    SqlServer,
}
