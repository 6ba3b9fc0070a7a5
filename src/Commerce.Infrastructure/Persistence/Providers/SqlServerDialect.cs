using System.Data;
using System.Data.Common;
using System.Text.Json;
using Commerce.Domain.Carts;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>
/// SQL Server: claims lock rows with UPDLOCK and skip rows another claim holds (READPAST), group inserts read their
/// rows from one JSON parameter (OPENJSON) and skip keys already stored, messages are nvarchar(max) JSON, and
/// optimistic concurrency uses a rowversion column.
/// </summary>
public sealed class SqlServerDialect : ISqlDialect
{
    // An updatable CTE: TOP/ORDER BY pick the oldest claimable rows, READPAST skips rows another claim has locked
    // (PostgreSQL's SKIP LOCKED), UPDLOCK keeps two claims from taking the same row, ROWLOCK keeps the locks narrow.
    public const string InboxClaimSql = """
        WITH claimed AS (
            SELECT TOP (@limit) c.id, c.status, c.locked_until, c.attempts, c.message
            FROM inbox_messages AS c WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE ((c.status = 'Pending' AND c.next_attempt_at <= @now) OR (c.status = 'Processing' AND c.locked_until < @now))
              AND NOT EXISTS (
                  SELECT 1 FROM inbox_messages AS e
                  WHERE e.conversation_key = c.conversation_key AND e.id < c.id AND e.status IN ('Pending', 'Processing'))
            ORDER BY c.id
        )
        UPDATE claimed
        SET status = 'Processing', locked_until = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1
        OUTPUT inserted.id, inserted.message, inserted.attempts;
        """;

    public const string OutboxClaimSql = """
        WITH claimed AS (
            SELECT TOP (@limit) c.id, c.next_attempt_at, c.attempts
            FROM outbox_messages AS c WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE c.status = 'Pending' AND c.next_attempt_at <= @now
              AND NOT EXISTS (SELECT 1 FROM outbox_messages AS e WHERE e.conversation_id = c.conversation_id AND e.id < c.id AND e.status = 'Pending')
            ORDER BY c.id
        )
        UPDATE claimed
        SET next_attempt_at = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1
        OUTPUT inserted.id;
        """;

    public const string PaymentSessionClaimSql = """
        WITH claimed AS (
            SELECT TOP (@limit) c.id, c.next_attempt_at, c.attempts
            FROM payment_session_jobs AS c WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE c.status = 'Pending' AND c.next_attempt_at <= @now
            ORDER BY c.id
        )
        UPDATE claimed
        SET next_attempt_at = DATEADD(millisecond, @lease_ms, @now), attempts = attempts + 1
        OUTPUT inserted.id, inserted.attempts;
        """;

    // ON CONFLICT DO NOTHING, spelled for SQL Server: the first row per key in the group, and only keys not stored
    // yet. UPDLOCK + HOLDLOCK on the existence check range-locks the key, so a concurrent group cannot slip the same
    // key in between the check and the insert.
    public const string InboxInsertSql = """
        INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at)
        OUTPUT inserted.channel, inserted.platform_message_id
        SELECT t.c, t.p, t.k, t.m, 'Pending', 0, @now, @now
        FROM (
            SELECT r.c, r.p, r.k, r.m, ROW_NUMBER() OVER (PARTITION BY r.c, r.p ORDER BY r.[key]) AS n
            FROM (
                SELECT CONVERT(int, j.[key]) AS [key], JSON_VALUE(j.value, '$.c') AS c, JSON_VALUE(j.value, '$.p') AS p,
                       JSON_VALUE(j.value, '$.k') AS k, JSON_QUERY(j.value, '$.m') AS m
                FROM OPENJSON(@rows) AS j
            ) AS r
        ) AS t
        WHERE t.n = 1
          AND NOT EXISTS (
              SELECT 1 FROM inbox_messages AS i WITH (UPDLOCK, HOLDLOCK)
              WHERE i.channel = t.c AND i.platform_message_id = t.p);
        """;

    public const string AttachmentSql = """
        INSERT INTO conversation_attachments (channel, platform_message_id, position, conversation_key, type, url, media_id, status, attempts, received_at)
        SELECT {0}, {1}, {2}, {3}, {4}, {5}, {6}, 'Pending', 0, {7}
        WHERE NOT EXISTS (
            SELECT 1 FROM conversation_attachments AS a WITH (UPDLOCK, HOLDLOCK)
            WHERE a.channel = {0} AND a.platform_message_id = {1} AND a.position = {2});
        """;

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string AttachmentInsertSql => AttachmentSql;

    public string HistoryTableExistsSql =>
        "SELECT CAST(CASE WHEN OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL THEN 0 ELSE 1 END AS bit) AS [Value]";

    public string NextOrderNumberSql => "SELECT NEXT VALUE FOR order_numbers AS [Value]";

    public string PlanBroadcastSql(IReadOnlyCollection<Domain.Conversations.Channel> channels) => $"""
        INSERT INTO broadcast_recipients (broadcast_id, conversation_id, channel, status)
        SELECT {"{0}"}, c.id, c.channel, N'Pending'
        FROM conversations AS c
        WHERE c.offers_consent_at IS NOT NULL AND c.erased_at IS NULL{SqlDialects.ChannelFilter(channels)}
          AND NOT EXISTS (SELECT 1 FROM broadcast_recipients AS r WHERE r.broadcast_id = {"{0}"} AND r.conversation_id = c.id)
        """;

    public DbCommand CreateInboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, InboxClaimSql, now, lease, limit);

    public DbCommand CreateOutboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, OutboxClaimSql, now, lease, limit);

    public DbCommand CreatePaymentSessionClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, PaymentSessionClaimSql, now, lease, limit);

    public DbCommand CreateInboxInsert(DbDataSource dataSource, DateTimeOffset now, IReadOnlyList<InboxRow> rows)
    {
        var command = dataSource.CreateCommand(InboxInsertSql);
        Add(command, "@now", DbType.DateTimeOffset, now);
        Add(command, "@rows", DbType.String, RowsJson(rows), size: -1);
        return command;
    }

    /// <summary>The group as one JSON array; each message is embedded as JSON (not as a string) and read back with JSON_QUERY.</summary>
    public static string RowsJson(IReadOnlyList<InboxRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("c", row.Channel);
                writer.WriteString("p", row.PlatformMessageId);
                writer.WriteString("k", row.ConversationKey);
                writer.WritePropertyName("m");
                writer.WriteRawValue(row.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entity.GetProperties())
            {
                // jsonb -> JSON text; uuid[] -> EF's own JSON mapping of a primitive collection; bytea -> varbinary.
                switch (property.GetColumnType())
                {
                    case "jsonb":
                        property.SetColumnType("nvarchar(max)");
                        break;
                    case "uuid[]":
                        property.SetColumnType(null);
                        break;
                    case "bytea":
                        property.SetColumnType("varbinary(max)");
                        break;
                }
            }
        }

        // xmin does not exist: a rowversion column is the concurrency token, and the domain's Version (compared by
        // the merchant API) reads its low 32 bits, which change on every update of the row.
        UseRowVersion<Product>(modelBuilder);
        UseRowVersion<Variant>(modelBuilder);
        UseRowVersion<Cart>(modelBuilder);
        UseRowVersion<Conversation>(modelBuilder);
        UseRowVersion<Order>(modelBuilder);

        // The folded search columns are computed by a PostgreSQL function (commerce_fold) and trigram-indexed;
        // SQL Server has neither, so they are not part of its model.
        DropSearchColumn(modelBuilder.Model.FindEntityType(typeof(Product))!, SearchColumns.Name);
        DropSearchColumn(modelBuilder.Model.FindEntityType(typeof(Product))!, SearchColumns.Document);
        DropSearchColumn(modelBuilder.Model.FindEntityType(typeof(Category))!, SearchColumns.Document);
    }

    private static void UseRowVersion<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.Property<byte[]>("RowVersion").HasColumnName("row_version").IsRowVersion();
        entity.Property("Version").HasColumnName("version").IsConcurrencyToken(false)
            .HasComputedColumnSql("CONVERT(bigint, CONVERT(binary(4), SUBSTRING(row_version, 5, 4)))");
    }

    private static void DropSearchColumn(IMutableEntityType entity, string column)
    {
        var property = entity.FindProperty(column)!;
        foreach (var index in property.GetContainingIndexes().ToList())
            entity.RemoveIndex(index);
        entity.RemoveProperty(property);
    }

    private static DbCommand Claim(DbDataSource dataSource, string sql, DateTimeOffset now, TimeSpan lease, int limit)
    {
        var command = dataSource.CreateCommand(sql);
        Add(command, "@now", DbType.DateTimeOffset, now);
        Add(command, "@lease_ms", DbType.Int32, (int)lease.TotalMilliseconds);
        Add(command, "@limit", DbType.Int32, limit);
        return command;
    }

    private static void Add(DbCommand command, string name, DbType type, object value, int? size = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        if (size is { } s)
            parameter.Size = s;
        command.Parameters.Add(parameter);
    }
}
