using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Providers;

/// <summary>
/// Everything that differs between PostgreSQL and SQL Server: the hand-written SQL of the inbox, the outbox and the payment session jobs and the
/// model details one provider has and the other lacks. One implementation per provider; nothing above
/// Infrastructure sees it.
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Claims up to <paramref name="limit"/> inbox rows under a lease; reads back (id, message json, attempts).</summary>
    DbCommand CreateInboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit);

    /// <summary>Claims up to <paramref name="limit"/> outbox rows under a lease; reads back (id).</summary>
    DbCommand CreateOutboxClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit);

    /// <summary>Claims up to <paramref name="limit"/> due payment session jobs under a lease; reads back (id, attempts).</summary>
    DbCommand CreatePaymentSessionClaim(DbDataSource dataSource, DateTimeOffset now, TimeSpan lease, int limit);

    /// <summary>
    /// One statement storing a group of inbound messages; a row whose (channel, platform message id) is already
    /// stored, or repeats an earlier row of the group, is skipped. Reads back (channel, platform_message_id) of
    /// the rows stored.
    /// </summary>
    DbCommand CreateInboxInsert(DbDataSource dataSource, DateTimeOffset now, IReadOnlyList<InboxRow> rows);

    /// <summary>
    /// Stores an attachment reference unless (channel, platform_message_id, position) is stored already. Composite
    /// format for ExecuteSqlRaw: {0} channel, {1} platform message id, {2} position, {3} conversation key, {4} type,
    /// {5} url, {6} media id, {7} received at.
    /// </summary>
    string AttachmentInsertSql { get; }

    /// <summary>A query answering whether EF's migrations history table exists, in a bool column named <c>Value</c>.</summary>
    string HistoryTableExistsSql { get; }

    /// <summary>
    /// Fixes a broadcast's recipients in one statement: a row for every conversation with offers consent that is not
    /// erased, on the given channels (all when none are given). Composite format for ExecuteSqlRaw: {0} broadcast id.
    /// </summary>
    string PlanBroadcastSql(IReadOnlyCollection<Domain.Conversations.Channel> channels);

    /// <summary>A query returning the next order number in a column named <c>Value</c>.</summary>
    string NextOrderNumberSql { get; }

    /// <summary>Provider-specific model configuration, applied after the entity configurations.</summary>
    void ConfigureModel(ModelBuilder modelBuilder);
}

/// <summary>An inbox row as the group insert stores it; <see cref="Message"/> is the serialised message.</summary>
public sealed record InboxRow(string Channel, string PlatformMessageId, string ConversationKey, string Message);
