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
}
