using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Messaging;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Api.Tests.Conversations;

/// <summary>Workers that fail quickly, so retries and dead letters are observable within a test.</summary>
public sealed class FastRetryApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Messaging:MaxAttempts"] = "2",
        ["Messaging:PollInterval"] = "00:00:00.200",
    };
}

public sealed class InboxDurabilityTests(FastRetryApiFactory factory) : IClassFixture<FastRetryApiFactory>
{
    [Fact]
    public async Task MessagesOfOneConversation_AreAnsweredInArrivalOrder()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        foreach (var text in new[] { "hallo", "danke", "hilfe", "mein warenkorb", "danke" })
            (await chat.PostAsync(text)).EnsureSuccessStatusCode();
        var replies = new List<string>();
        for (var i = 0; i < 5; i++)
            replies.Add(ChatClient.AllText(await chat.NextReplyAsync()));

        replies[0].Should().Contain("Willkommen");
        replies[1].Should().Contain("Sehr gerne");
        replies[2].Should().Contain("Schreib mir einfach");
        replies[3].Should().Contain("Warenkorb ist leer");
        replies[4].Should().Contain("Sehr gerne");
    }

    [Fact]
    public async Task MessageClaimedByAWorkerThatDied_IsProcessedAfterTheLeaseExpires()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var message = new InboundMessage(Domain.Conversations.Channel.WebChat, "orphan-1", chat.SessionId, DateTimeOffset.UtcNow, "hallo");

        // As a crashed instance leaves it: claimed (Processing) with a lease that has run out.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at, locked_until)
            VALUES ('WebChat', 'orphan-1', {InboxMessage.KeyOf(message.Channel, chat.SessionId)}, {JsonSerializer.Serialize(message, JsonOptions)}::jsonb,
                    'Processing', 1, now(), now(), now() - interval '1 second')
            """));

        var reply = await chat.NextReplyAsync();

        ChatClient.AllText(reply).Should().Contain("Willkommen");
    }

    [Fact]
    public async Task TurnThatKeepsFailing_IsDeadLetteredWithItsError_AndLaterMessagesStillFlow()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var key = InboxMessage.KeyOf(Domain.Conversations.Channel.WebChat, chat.SessionId);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($$"""
            INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at)
            VALUES ('WebChat', 'poison-1', {{key}}, '{"channel":0,"platformMessageId":"poison-1","senderId":"x","timestamp":"not a time"}'::jsonb,
                    'Pending', 0, now(), now())
            """));

        var reply = await chat.SayAsync("hallo");

        ChatClient.AllText(reply).Should().Contain("Willkommen");
        await factory.WithDbAsync(async db =>
        {
            var poison = await db.InboxMessages.Where(m => m.PlatformMessageId == "poison-1").Select(m => new { m.Status, m.Attempts, m.LastError }).SingleAsync();
            poison.Status.Should().Be(InboxStatus.DeadLetter);
            poison.Attempts.Should().Be(2);
            poison.LastError.Should().Contain("JsonException");
        });
    }

    [Fact]
    public async Task ShopperBehindAnotherConversationsLongBacklog_IsAnswered()
    {
        // One conversation with a long backlog whose oldest message is being handled by a live instance (lease far
        // ahead): none of its later messages may be claimed. The claim query looks at the oldest open rows first;
        // a new shopper's message sits behind all of them and must still be found.
        const string flood = "WebChat:flood-backlog";
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($$"""
            INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at, locked_until)
            SELECT 'WebChat', 'flood-' || g, {{flood}}, '{"text":"hallo"}'::jsonb,
                   CASE WHEN g = 1 THEN 'Processing' ELSE 'Pending' END, CASE WHEN g = 1 THEN 1 ELSE 0 END, now(), now(),
                   CASE WHEN g = 1 THEN now() + interval '1 hour' END
            FROM generate_series(1, 500) AS g
            """));
        try
        {
            var chat = new ChatClient(factory.CreateClient());
            await chat.StartAsync();

            var reply = await chat.SayAsync("hallo");

            ChatClient.AllText(reply).Should().Contain("Willkommen");
            await factory.WithDbAsync(async db =>
            {
                var stillWaiting = await db.InboxMessages.CountAsync(m => m.ConversationKey == flood && m.Status == InboxStatus.Pending);
                stillWaiting.Should().Be(499, "messages behind a conversation's leased head are not claimed");
            });
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE inbox_messages SET status = 'Done', locked_until = NULL WHERE conversation_key = {flood}"));
        }
    }

    [Fact]
    public async Task ClaimWithA20000RowBacklogInOneConversation_ReadsOnlyAFewPages()
    {
        // Counted work, not time: the claim used to probe every open row of the backlog ("is an earlier one open?"),
        // 60,000 buffer reads for 20,000 rows on every claim, even when nothing could be claimed.
        const string flood = "WebChat:flood-plan";
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($$"""
            INSERT INTO inbox_messages (channel, platform_message_id, conversation_key, message, status, attempts, received_at, next_attempt_at, locked_until)
            SELECT 'WebChat', 'plan-' || g, {{flood}}, '{"text":"hallo"}'::jsonb,
                   CASE WHEN g = 1 THEN 'Processing' ELSE 'Pending' END, CASE WHEN g = 1 THEN 1 ELSE 0 END, now(), now(),
                   CASE WHEN g = 1 THEN now() + interval '1 hour' END
            FROM generate_series(1, 20000) AS g
            """));
        try
        {
            await factory.WithDbAsync(async db =>
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE inbox_messages");
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await connection.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + PostgresDialect.InboxClaimSql, connection, transaction);
                command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
                command.Parameters.AddWithValue("lease", TimeSpan.FromSeconds(30));
                command.Parameters.AddWithValue("limit", 8);
                var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan");
                await transaction.RollbackAsync();

                var pages = plan.GetProperty("Shared Hit Blocks").GetInt64() + plan.GetProperty("Shared Read Blocks").GetInt64();
                pages.Should().BeLessThan(2_000);
            });
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE inbox_messages SET status = 'Done', locked_until = NULL WHERE conversation_key = {flood}"));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
