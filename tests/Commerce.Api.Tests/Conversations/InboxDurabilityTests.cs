using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;

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

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
