using System.Data.Common;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Commerce.SqlServer.Tests;

/// <summary>
/// A throwaway database on the SQL Server named by COMMERCE_TEST_SQLSERVER, migrated with
/// Commerce.Migrations.SqlServer and dropped afterwards. Without that variable every test here fails: this suite is
/// never green without a server (test.sh does not run it then and says so).
/// </summary>
public sealed class SqlServerDatabase : IAsyncLifetime
{
    public string ConnectionString { get; }

    public DbDataSource DataSource { get; }

    public SqlServerDatabase()
    {
        var server = Environment.GetEnvironmentVariable("COMMERCE_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException("COMMERCE_TEST_SQLSERVER is not set: the SQL Server suite needs a real SQL Server.");
        ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = $"commerce_test_{Guid.NewGuid():N}" }.ConnectionString;
        DataSource = SqlClientFactory.Instance.CreateDataSource(ConnectionString);
    }

    public CommerceDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommerceSqlServer(ConnectionString);
        return new CommerceDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        // As production must run (see docs/decisions/0007): plain reads see the last committed row instead of waiting
        // for a claim's lock, so a claim's "is an earlier message open?" check never queues behind a running turn.
        await db.Database.ExecuteSqlRawAsync("ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE");
    }

    public async Task DisposeAsync()
    {
        await using (var db = CreateContext())
            await db.Database.EnsureDeletedAsync();
        await DataSource.DisposeAsync();
    }
}
