using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>Reads a provider's error codes so callers above Infrastructure need not know which database failed.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index or key refused the write (PostgreSQL 23505; SQL Server 2601 or 2627).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>
    /// The database could not be reached or refused work for a moment (restart, failover, network): nothing was
    /// stored, and the same request can succeed later.
    /// </summary>
    public static bool IsUnavailable(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException { IsTransient: true } => true,
        SqlException sql => sql.IsTransient || sql.Number is -2 or 53 or 4060 or 40613,
        TimeoutException => true,
        _ => IsUnavailable(exception.InnerException),
    };
}
