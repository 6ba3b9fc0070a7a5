using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Api.Startup;

internal static class DatabaseStartup
{
    /// <summary>Applies pending migrations when <c>Database:MigrateOnStartup</c> is true (Development and run.sh).</summary>
    public static async Task MigrateIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
            return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();

        // On an empty database EF reads the history table before creating it and logs that read as a failure;
        // creating it first keeps a first start free of alarming log lines.
        // (EF's own existence check is that same read, so ask the catalog instead.)
        if (!await db.MigrationsHistoryExistsAsync(CancellationToken.None))
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        await db.Database.MigrateAsync();
    }
}
