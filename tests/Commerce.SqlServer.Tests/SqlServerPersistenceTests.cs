using System.Data.Common;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Commerce.SqlServer.Tests;

/// <summary>The persistence behaviour the PostgreSQL suite covers, against a real SQL Server.</summary>
public sealed class SqlServerPersistenceTests(SqlServerDatabase database) : IClassFixture<SqlServerDatabase>
{
    private static readonly ISqlDialect Dialect = SqlDialects.SqlServer;

    [Fact]
    public async Task Every_migration_is_applied_and_none_is_pending()
    {
        await using var db = database.CreateContext();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
        (await db.MigrationsHistoryExistsAsync(CancellationToken.None)).Should().BeTrue();
    }

    [Fact]
    public async Task A_product_is_stored_read_back_and_a_stale_update_is_refused()
    {
        var product = await NewProductAsync(stock: 5);

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Products.SingleAsync(p => p.Id == product.Id);
        var theirs = await second.Products.SingleAsync(p => p.Id == product.Id);
        mine.Name.De.Should().Be("Schuh");
        mine.Price.Should().Be(Money.Create(49.90m, "EUR").Value);

        mine.SetStock(null, 3);
        await first.SaveChangesAsync();
        theirs.SetStock(null, 4);
        var stale = () => second.SaveChangesAsync();

        await stale.Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = database.CreateContext();
        (await check.Products.SingleAsync(p => p.Id == product.Id)).Stock.Should().Be(3);
    }

    [Fact]
    public async Task The_version_the_merchant_api_compares_changes_on_every_update()
    {
        var product = await NewProductAsync(stock: 1);
        await using var db = database.CreateContext();
        var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
        var before = stored.Version;

        stored.SetStock(null, 2);
        await db.SaveChangesAsync();

        stored.Version.Should().NotBe(before);
    }

    [Fact]
    public async Task Two_reservations_racing_for_the_last_item_leave_one_winner_and_no_negative_stock()
    {
        var product = await NewProductAsync(stock: 1);

        async Task<bool> ReserveAsync()
        {
            await using var db = database.CreateContext();
            var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
            if (stored.Stock < 1)
                return false;
            stored.SetStock(null, stored.Stock - 1);
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(ReserveAsync)));

        results.Count(won => won).Should().Be(1);
        await using var check = database.CreateContext();
        (await check.Products.SingleAsync(p => p.Id == product.Id)).Stock.Should().Be(0);
    }

    [Fact]
    public async Task The_group_insert_stores_each_key_once_and_reports_only_what_it_stored()
    {
        var id = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        InboxRow Row(string messageId) => new("WebChat", messageId, $"WebChat:{id}", $$"""{"type":"text","id":"{{messageId}}"}""");

        var first = await InsertAsync(now, [Row(id + "-a"), Row(id + "-a"), Row(id + "-b")]);
        var again = await InsertAsync(now, [Row(id + "-a"), Row(id + "-c")]);

        first.Should().BeEquivalentTo([("WebChat", id + "-a"), ("WebChat", id + "-b")]);
        again.Should().BeEquivalentTo([("WebChat", id + "-c")]);
        await using var db = database.CreateContext();
        (await db.InboxMessages.CountAsync(m => m.ConversationKey == $"WebChat:{id}")).Should().Be(3);
    }

    [Fact]
    public async Task A_claim_skips_rows_another_claim_holds_and_keeps_each_conversation_in_order()
    {
        var id = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow.AddMinutes(1);
        await InsertAsync(now.AddMinutes(-1), [
            new("WebChat", id + "-1", $"WebChat:{id}-x", """{"n":1}"""),
            new("WebChat", id + "-2", $"WebChat:{id}-x", """{"n":2}"""),
            new("WebChat", id + "-3", $"WebChat:{id}-y", """{"n":3}"""),
        ]);

        // A claim inside an open transaction holds its row locked, as a worker's claim does while it commits.
        await using var connection = new SqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync();
        var held = await ClaimAsync(connection, transaction, now, limit: 1);
        var other = await ClaimAsync(null, null, now, limit: 10);

        held.Should().HaveCount(1);
        other.Should().NotContain(held, "READPAST skips the row the open claim holds")
            .And.NotContain(r => r.Json.Contains("\"n\":2"), "the second message of conversation x waits for the first");
        held.Concat(other).Select(r => r.Json).Should().Contain(j => j.Contains("\"n\":1")).And.Contain(j => j.Contains("\"n\":3"));
    }

    private async Task<List<(string, string)>> InsertAsync(DateTimeOffset now, IReadOnlyList<InboxRow> rows)
    {
        await using var command = Dialect.CreateInboxInsert(database.DataSource, now, rows);
        var stored = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            stored.Add((reader.GetString(0), reader.GetString(1)));
        return stored;
    }

    private async Task<List<(long Id, string Json)>> ClaimAsync(SqlConnection? connection, SqlTransaction? transaction, DateTimeOffset now, int limit)
    {
        await using var template = Dialect.CreateInboxClaim(database.DataSource, now, TimeSpan.FromMinutes(5), limit);
        DbCommand command = template;
        if (connection is not null)
        {
            var onConnection = connection.CreateCommand();
            onConnection.Transaction = transaction;
            onConnection.CommandText = template.CommandText;
            foreach (DbParameter parameter in template.Parameters)
                onConnection.Parameters.Add(new SqlParameter(parameter.ParameterName, parameter.Value) { DbType = parameter.DbType });
            command = onConnection;
        }

        var claimed = new List<(long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            claimed.Add((reader.GetInt64(0), reader.GetString(1)));
        return claimed;
    }

    private async Task<Product> NewProductAsync(int stock)
    {
        await using var db = database.CreateContext();
        var category = Category.Create($"c-{Guid.NewGuid():N}"[..20], new LocalizedText("Schuhe", "Shoes")).Value;
        var product = Product.Create(
            Sku.Create($"SKU-{Guid.NewGuid():N}"[..16]).Value, category.Id, new LocalizedText("Schuh", "Shoe"),
            new LocalizedText("Ein Schuh.", null), Money.Create(49.90m, "EUR").Value, null, stock).Value;
        db.Categories.Add(category);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }
}
