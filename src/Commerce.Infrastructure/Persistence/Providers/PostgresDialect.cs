using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>PostgreSQL: FOR UPDATE SKIP LOCKED claims, unnest + ON CONFLICT DO NOTHING group inserts, jsonb, xmin.</summary>
public sealed class PostgresDialect : ISqlDialect
{
    // Only the head (oldest open row) of a conversation may be claimed. Testing every open row for "is an earlier one
    // open?" costs one index probe per row, so one conversation with a long backlog made every claim probe the whole
    // backlog (20,000 rows: ~60-400 ms per claim, even when nothing was claimable). Instead: look only at the first
    // @limit * 8 open rows in arrival order (cheap, and enough when conversations are many and short); only when
    // that window is full yet holds fewer than @limit claimable heads, walk the heads of all open conversations with
    // a skip scan over the (conversation_key, id) index: one probe per open conversation, not per open row.
    public const string InboxClaimSql = """
        WITH RECURSIVE
        scanned AS MATERIALIZED (
            SELECT id, conversation_key, status, next_attempt_at, locked_until FROM inbox_messages
            WHERE status IN ('Pending', 'Processing')
            ORDER BY id
            LIMIT @limit * 8),
        ready AS MATERIALIZED (
            SELECT s.id FROM scanned AS s
            WHERE ((s.status = 'Pending' AND s.next_attempt_at <= @now) OR (s.status = 'Processing' AND s.locked_until < @now))
              AND NOT EXISTS (
                  SELECT 1 FROM inbox_messages AS e
                  WHERE e.conversation_key = s.conversation_key AND e.id < s.id AND e.status IN ('Pending', 'Processing'))
            ORDER BY s.id
            LIMIT @limit),
        heads AS (
            (SELECT conversation_key, id FROM inbox_messages
             WHERE status IN ('Pending', 'Processing')
             ORDER BY conversation_key, id
             LIMIT 1)
            UNION ALL
            SELECT n.conversation_key, n.id FROM heads AS h CROSS JOIN LATERAL (
                SELECT conversation_key, id FROM inbox_messages
                WHERE status IN ('Pending', 'Processing') AND conversation_key > h.conversation_key
                ORDER BY conversation_key, id
                LIMIT 1) AS n)
        UPDATE inbox_messages AS m
        SET status = 'Processing', locked_until = @now + @lease, attempts = m.attempts + 1
        FROM (
            SELECT c.id FROM inbox_messages AS c
            WHERE c.id = ANY (ARRAY(
                    SELECT id FROM ready
                    UNION ALL
                    SELECT id FROM heads
                    WHERE (SELECT count(*) FROM scanned) = @limit * 8 AND (SELECT count(*) FROM ready) < @limit))
              AND ((c.status = 'Pending' AND c.next_attempt_at <= @now) OR (c.status = 'Processing' AND c.locked_until < @now))
            ORDER BY c.id
            LIMIT @limit
            FOR UPDATE OF c SKIP LOCKED
        ) AS claimed
        WHERE m.id = claimed.id
        RETURNING m.id, m.message::text, m.attempts
        """;

    public const string OutboxClaimSql = """
        UPDATE outbox_messages AS m
        SET next_attempt_at = @now + @lease, attempts = m.attempts + 1
        FROM (
            SELECT id FROM outbox_messages AS c
            WHERE c.status = 'Pending' AND c.next_attempt_at <= @now
              AND NOT EXISTS (SELECT 1 FROM outbox_messages AS e WHERE e.conversation_id = c.conversation_id AND e.id < c.id AND e.status = 'Pending')
            ORDER BY c.id
            LIMIT @limit
            FOR UPDATE SKIP LOCKED
        ) AS claimed
        WHERE m.id = claimed.id
        RETURNING m.id
        """;

    public const string PaymentSessionClaimSql = """
        UPDATE payment_session_jobs AS j
        SET next_attempt_at = @now + @lease, attempts = j.attempts + 1
        FROM (
            SELECT id FROM payment_session_jobs AS c
            WHERE c.status = 'Pending' AND c.next_attempt_at <= @now
            ORDER BY c.id
            LIMIT @limit
            FOR UPDATE SKIP LOCKED
        ) AS claimed
        WHERE j.id = claimed.id
        RETURNING j.id, j.attempts
        """;

    public const string InboxInsertSql = """
        INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at)
        SELECT c, p, k, m::jsonb, 'Pending', 0, @now, @now
        FROM unnest(@channels, @ids, @keys, @messages) AS t(c, p, k, m)
        ON CONFLICT (channel, platform_message_id) DO NOTHING
        RETURNING channel, platform_message_id
        """;

    public const string AttachmentSql = """
        INSERT INTO conversation_attachments (channel, platform_message_id, position, conversation_key, type, url, media_id, status, attempts, received_at)
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, 'Pending', 0, {7})
        ON CONFLICT (channel, platform_message_id, position) DO NOTHING
        """;

    public DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    public string AttachmentInsertSql => AttachmentSql;

    public string HistoryTableExistsSql => "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"";

    public string NextOrderNumberSql => "SELECT nextval('order_numbers') AS \"Value\"";

    public string PlanBroadcastSql(IReadOnlyCollection<Domain.Conversations.Channel> channels) => $"""
        INSERT INTO broadcast_recipients (broadcast_id, conversation_id, channel, status)
        SELECT {"{0}"}, c.id, c.channel, 'Pending'
        FROM conversations AS c
        WHERE c.offers_consent_at IS NOT NULL AND c.erased_at IS NULL{SqlDialects.ChannelFilter(channels)}
        ORDER BY c.id
        ON CONFLICT (broadcast_id, conversation_id) DO NOTHING
        """;

    public DbCommand CreateInboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, InboxClaimSql, now, lease, limit);

    public DbCommand CreateOutboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, OutboxClaimSql, now, lease, limit);

    public DbCommand CreatePaymentSessionClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit) =>
        Claim(dataSource, PaymentSessionClaimSql, now, lease, limit);

    public DbCommand CreateInboxInsert(DbDataSource dataSource, DateTimeOffset now, IReadOnlyList<InboxRow> rows)
    {
        var command = (NpgsqlCommand)dataSource.CreateCommand(InboxInsertSql);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.Add(TextArray("channels", rows.Select(r => r.Channel)));
        command.Parameters.Add(TextArray("ids", rows.Select(r => r.PlatformMessageId)));
        command.Parameters.Add(TextArray("keys", rows.Select(r => r.ConversationKey)));
        command.Parameters.Add(TextArray("messages", rows.Select(r => r.Message)));
        return command;
    }

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        // pg_trgm scores search matches; fuzzystrmatch catches typos inside a word, where trigrams score low.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("fuzzystrmatch");
    }

    private static NpgsqlCommand Claim(DbDataSource dataSource, string sql, DateTimeOffset now, TimeSpan lease, int limit)
    {
        var command = (NpgsqlCommand)dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }

    private static NpgsqlParameter<string[]> TextArray(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values.ToArray() };
}
