using Commerce.Api.Tests.Fixtures;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Xunit;

namespace Commerce.Api.Tests.Persistence;

/// <summary>
/// Orders placed before totals became amounts with their currency keep their money: cents become euros, yen stay yen,
/// and what returns gave back moves along.
/// </summary>
public sealed class OrderMoneyMigrationTests
{
    private const string BeforeMoney = "20261129075914_ProductSynonyms";

    [Fact]
    public async Task Orders_stored_in_minor_units_keep_their_totals_and_returns_after_the_migration()
    {
        var cluster = await PostgresCluster.GetAsync();
        var name = $"commerce_migration_{Environment.ProcessId}_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new DbContextOptionsBuilder<CommerceDbContext>();
        builder.UseCommercePostgres(cluster.ConnectionString(name) + ";Pooling=false");
        var options = builder.Options;
        await using (var db = new CommerceDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeMoney);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO orders (id, number, conversation_id, channel, status, currency, total_minor, returned_minor, refund_due, created_at, updated_at)
                VALUES ('0193a000-0000-7000-8000-000000000001', 10001, gen_random_uuid(), 'Telegram', 'PartlyReturned', 'EUR', 5980, 1290, false, now(), now()),
                       ('0193a000-0000-7000-8000-000000000002', 10002, gen_random_uuid(), 'WebChat', 'Paid', 'JPY', 4500, 0, false, now(), now())
                """);
            await db.Database.MigrateAsync();
        }

        await using (var db = new CommerceDbContext(options))
        {
            var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Number).ToListAsync();

            orders[0].Channel.Should().Be(Channel.Telegram);
            orders[0].Total.Amount.Should().Be(59.80m);
            orders[0].Total.Currency.Should().Be("EUR");
            orders[0].Returned.Amount.Should().Be(12.90m);
            orders[0].Returned.Currency.Should().Be("EUR");
            orders[1].Total.Amount.Should().Be(4500m);
            orders[1].Total.MinorUnits.Should().Be(4500);
            orders[1].Returned.Amount.Should().Be(0m);
        }
    }
}
