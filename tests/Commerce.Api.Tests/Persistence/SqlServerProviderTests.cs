using System.Data;
using System.Text.Json;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using FluentAssertions;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Commerce.Api.Tests.Persistence;

/// <summary>
/// What can be checked of the SQL Server provider without a SQL Server: the model it builds and the T-SQL (text and
/// parameters) its dialect issues. Running that SQL against a real server is tests/Commerce.SqlServer.Tests.
/// </summary>
public sealed class SqlServerProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static CommerceDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommerceSqlServer("Server=none");
        return new CommerceDbContext(options.Options);
    }

    [Fact]
    public void The_SqlServer_model_builds_with_rowversion_tokens_json_text_and_no_PostgreSQL_types()
    {
        using var db = SqlServerContext();

        var script = db.Database.GenerateCreateScript();

        script.Should().Contain("CREATE SEQUENCE [order_numbers] START WITH 10001");
        script.Should().Contain("[row_version] rowversion");
        script.Should().Contain("[version] AS CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))");
        script.Should().Contain("[message] nvarchar(max) NOT NULL");
        script.Should().Contain("[reply] nvarchar(max) NOT NULL");
        script.Should().Contain("[content] varbinary(max)");
        script.Should().NotContainAny("xmin", "jsonb", "uuid[]", "bytea", "commerce_fold", "gin_trgm_ops", "search_name");
        foreach (var entity in new[] { typeof(Commerce.Domain.Catalog.Product), typeof(Commerce.Domain.Catalog.Variant), typeof(Commerce.Domain.Carts.Cart), typeof(Commerce.Domain.Conversations.Conversation), typeof(Commerce.Domain.Orders.Order) })
            db.Model.FindEntityType(entity)!.FindProperty("RowVersion")!.IsConcurrencyToken.Should().BeTrue(entity.Name);
    }

    [Fact]
    public void The_PostgreSQL_model_keeps_xmin_jsonb_and_the_search_columns()
    {
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommercePostgres("Host=none");
        using var db = new CommerceDbContext(options.Options);

        var script = db.Database.GenerateCreateScript();

        script.Should().Contain("message jsonb NOT NULL").And.Contain("search_name").And.Contain("gin_trgm_ops");
        script.Should().NotContain("rowversion");
        db.Model.FindEntityType(typeof(Commerce.Domain.Catalog.Product))!.FindProperty("Version")!.GetColumnName().Should().Be("xmin");
    }

    [Fact]
    public void Claiming_inbox_rows_skips_locked_rows_with_READPAST_and_leases_them()
    {
        using var source = SqlClientFactory.Instance.CreateDataSource("Server=none");

        using var command = SqlDialects.SqlServer.CreateInboxClaim(source, Now, TimeSpan.FromSeconds(45), 7);

        var sql = Squash(command.CommandText);
        sql.Should().Contain("SELECT TOP (@limit) c.id, c.status, c.locked_until, c.attempts, c.message FROM inbox_messages AS c WITH (UPDLOCK, READPAST, ROWLOCK)");
        sql.Should().Contain("WHERE ((c.status = 'Pending' AND c.next_attempt_at <= @now) OR (c.status = 'Processing' AND c.locked_until < @now))");
        sql.Should().Contain("e.conversation_key = c.conversation_key AND e.id < c.id AND e.status IN ('Pending', 'Processing')");
        sql.Should().Contain("ORDER BY c.id ) UPDATE claimed SET status = 'Processing', locked_until = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1");
        sql.Should().EndWith("OUTPUT inserted.id, inserted.message, inserted.attempts;");
        Parameters(command).Should().BeEquivalentTo(new Dictionary<string, (DbType, object)>
        {
            ["@now"] = (DbType.DateTimeOffset, Now),
            ["@lease_ms"] = (DbType.Int32, 45_000),
            ["@limit"] = (DbType.Int32, 7),
        });
    }

    [Fact]
    public void Claiming_outbox_rows_skips_locked_rows_and_keeps_conversation_order()
    {
        using var source = SqlClientFactory.Instance.CreateDataSource("Server=none");

        using var command = SqlDialects.SqlServer.CreateOutboxClaim(source, Now, TimeSpan.FromMinutes(2), 3);

        var sql = Squash(command.CommandText);
        sql.Should().Contain("FROM outbox_messages AS c WITH (UPDLOCK, READPAST, ROWLOCK) WHERE c.status = 'Pending' AND c.next_attempt_at <= @now");
        sql.Should().Contain("e.conversation_id = c.conversation_id AND e.id < c.id AND e.status = 'Pending'");
        sql.Should().Contain("SET next_attempt_at = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1 OUTPUT inserted.id;");
        Parameters(command)["@lease_ms"].Should().Be((DbType.Int32, (object)120_000));
        Parameters(command)["@limit"].Should().Be((DbType.Int32, (object)3));
    }

    [Fact]
    public void Claiming_payment_session_jobs_skips_locked_rows_and_leases_them_with_the_attempt_as_fence()
    {
        using var source = SqlClientFactory.Instance.CreateDataSource("Server=none");

        using var command = SqlDialects.SqlServer.CreatePaymentSessionClaim(source, Now, TimeSpan.FromSeconds(30), 4);

        var sql = Squash(command.CommandText);
        sql.Should().Contain("SELECT TOP (@limit) c.id, c.next_attempt_at, c.attempts FROM payment_session_jobs AS c WITH (UPDLOCK, READPAST, ROWLOCK)");
        sql.Should().Contain("WHERE c.status = 'Pending' AND c.next_attempt_at <= @now ORDER BY c.id )");
        sql.Should().EndWith("UPDATE claimed SET next_attempt_at = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1 OUTPUT inserted.id, inserted.attempts;");
        Parameters(command).Should().BeEquivalentTo(new Dictionary<string, (DbType, object)>
        {
            ["@now"] = (DbType.DateTimeOffset, Now),
            ["@lease_ms"] = (DbType.Int32, 30_000),
            ["@limit"] = (DbType.Int32, 4),
        });
        using var postgres = NpgsqlDataSource.Create("Host=none");
        using var postgresClaim = SqlDialects.PostgreSQL.CreatePaymentSessionClaim(postgres, Now, TimeSpan.FromSeconds(30), 4);
        Squash(postgresClaim.CommandText).Should().Contain("FOR UPDATE SKIP LOCKED").And.EndWith("RETURNING j.id, j.attempts", "both providers read back (id, attempts)");
    }

    [Fact]
    public void The_group_insert_sends_one_json_parameter_and_skips_stored_and_repeated_keys()
    {
        using var source = SqlClientFactory.Instance.CreateDataSource("Server=none");
        var rows = new[]
        {
            new InboxRow("WhatsApp", "wamid.1", "WhatsApp:49151", """{"type":"text","text":"Hallo"}"""),
            new InboxRow("WhatsApp", "wamid.1", "WhatsApp:49151", """{"type":"text","text":"Hallo"}"""),
            new InboxRow("Telegram", "77", "Telegram:5", """{"type":"text","text":"Ciao"}"""),
        };

        using var command = SqlDialects.SqlServer.CreateInboxInsert(source, Now, rows);

        var sql = Squash(command.CommandText);
        sql.Should().StartWith("INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at) OUTPUT inserted.channel, inserted.platform_message_id");
        sql.Should().Contain("ROW_NUMBER() OVER (PARTITION BY r.c, r.p ORDER BY r.[key]) AS n");
        sql.Should().Contain("FROM OPENJSON(@rows) AS j");
        sql.Should().Contain("WHERE t.n = 1 AND NOT EXISTS ( SELECT 1 FROM inbox_messages AS i WITH (UPDLOCK, HOLDLOCK) WHERE i.channel = t.c AND i.platform_message_id = t.p);");
        var parameters = Parameters(command);
        parameters["@now"].Should().Be((DbType.DateTimeOffset, (object)Now));
        parameters["@rows"].Type.Should().Be(DbType.String);
        ((SqlParameter)command.Parameters["@rows"]).Size.Should().Be(-1, "nvarchar(max), so a large group is not cut off");

        using var json = JsonDocument.Parse((string)parameters["@rows"].Value);
        json.RootElement.GetArrayLength().Should().Be(3);
        var first = json.RootElement[0];
        first.GetProperty("c").GetString().Should().Be("WhatsApp");
        first.GetProperty("p").GetString().Should().Be("wamid.1");
        first.GetProperty("k").GetString().Should().Be("WhatsApp:49151");
        first.GetProperty("m").ValueKind.Should().Be(JsonValueKind.Object, "the message is stored as JSON, not as a quoted string");
        first.GetProperty("m").GetProperty("text").GetString().Should().Be("Hallo");
    }

    [Fact]
    public void Attachments_order_numbers_and_the_history_check_use_T_SQL()
    {
        Squash(SqlDialects.SqlServer.AttachmentInsertSql).Should().Contain(
            "SELECT {0}, {1}, {2}, {3}, {4}, {5}, {6}, 'Pending', 0, {7} WHERE NOT EXISTS ( SELECT 1 FROM conversation_attachments AS a WITH (UPDLOCK, HOLDLOCK) WHERE a.channel = {0} AND a.platform_message_id = {1} AND a.position = {2});");
        SqlDialects.SqlServer.NextOrderNumberSql.Should().Be("SELECT NEXT VALUE FOR order_numbers AS [Value]");
        SqlDialects.SqlServer.HistoryTableExistsSql.Should().Contain("OBJECT_ID(N'[__EFMigrationsHistory]')");
        SqlDialects.PostgreSQL.AttachmentInsertSql.Should().Contain("ON CONFLICT (channel, platform_message_id, position) DO NOTHING");
    }

    [Fact]
    public void Planning_a_broadcast_is_one_insert_select_of_opted_in_conversations_on_its_channels()
    {
        var tsql = Squash(SqlDialects.SqlServer.PlanBroadcastSql([Commerce.Domain.Conversations.Channel.WhatsApp, Commerce.Domain.Conversations.Channel.WebChat]));
        var all = Squash(SqlDialects.SqlServer.PlanBroadcastSql([]));

        tsql.Should().Contain("INSERT INTO broadcast_recipients (broadcast_id, conversation_id, channel, status) SELECT {0}, c.id, c.channel, N'Pending' FROM conversations AS c");
        tsql.Should().Contain("WHERE c.offers_consent_at IS NOT NULL AND c.erased_at IS NULL AND c.channel IN ('WebChat', 'WhatsApp')");
        tsql.Should().Contain("AND NOT EXISTS (SELECT 1 FROM broadcast_recipients AS r WHERE r.broadcast_id = {0} AND r.conversation_id = c.id)");
        tsql.Should().NotContain("ON CONFLICT");
        all.Should().NotContain("c.channel IN");
        SqlDialects.PostgreSQL.PlanBroadcastSql([]).Should().Contain("ON CONFLICT (broadcast_id, conversation_id) DO NOTHING");
    }

    [Theory]
    [InlineData(null, DatabaseProvider.PostgreSQL)]
    [InlineData("", DatabaseProvider.PostgreSQL)]
    [InlineData("PostgreSQL", DatabaseProvider.PostgreSQL)]
    [InlineData("sqlserver", DatabaseProvider.SqlServer)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void Database_Provider_names_the_provider(string? value, DatabaseProvider expected) =>
        SqlDialects.Parse(value).Should().Be(expected);

    [Theory]
    [InlineData("MySql")]
    [InlineData("2")]
    public void An_unknown_Database_Provider_is_refused_by_name(string value) =>
        FluentActions.Invoking(() => SqlDialects.Parse(value)).Should().Throw<InvalidOperationException>().WithMessage("*Database:Provider*PostgreSQL or SqlServer*");

    [Fact]
    public void The_design_time_factory_picks_the_provider_from_its_arguments()
    {
        using var sqlServer = DesignTimeContext.Create(["--provider", "SqlServer"], DatabaseProvider.PostgreSQL);
        using var postgres = DesignTimeContext.Create([], DatabaseProvider.PostgreSQL);

        sqlServer.Database.ProviderName.Should().Be("Microsoft.EntityFrameworkCore.SqlServer");
        postgres.Database.ProviderName.Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
    }

    private static string Squash(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, (DbType Type, object Value)> Parameters(System.Data.Common.DbCommand command) =>
        command.Parameters.Cast<System.Data.Common.DbParameter>().ToDictionary(p => p.ParameterName, p => (p.DbType, p.Value!));
}
