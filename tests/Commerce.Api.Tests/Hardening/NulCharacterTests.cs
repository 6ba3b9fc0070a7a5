using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Hardening;

/// <summary>
/// PostgreSQL refuses U+0000 (and lone surrogates) in text and jsonb. Such text never costs anyone else their
/// message: platform deliveries are stored whole with the character replaced, shoppers' and merchants' requests
/// carrying it are refused with a 400 naming the field, and the inbox's group commit isolates a row the database
/// refuses.
/// </summary>
public sealed class NulCharacterTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    [Fact]
    public async Task SignedMessengerDelivery_WithOneNulMessageAmongTen_IsStoredWholeAndEveryoneIsAnswered()
    {
        var senders = Enumerable.Range(0, 10).Select(_ => MetaShopFactory.NewId()).ToArray();
        var events = senders.Select((sender, i) => new
        {
            sender = new { id = sender },
            recipient = new { id = MetaShopFactory.PageId },
            timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            message = new { mid = $"m_{Guid.NewGuid():N}", text = i == 3 ? "hallo\u0000 zeig mir socken" : "hallo" },
        });
        var json = JsonSerializer.Serialize(new { @object = "page", entry = new[] { new { id = MetaShopFactory.PageId, time = 1, messaging = events } } });
        json.Should().Contain("\\u0000", "the delivery carries the escaped NUL as JSON does");

        var first = await factory.PostWebhookAsync("messenger", json);
        var redelivery = await factory.PostWebhookAsync("messenger", json);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        redelivery.StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var sender in senders)
            (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(1);
        InboxMessage? stored = null;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.AsNoTracking()
            .SingleAsync(m => m.ConversationKey == InboxMessage.KeyOf(Channel.Messenger, senders[3])));
        stored!.Message.Text.Should().Be("hallo\uFFFD zeig mir socken");
        (await factory.Graph.NextReplyAsync(senders[3])).Should().NotBeEmpty("the shopper with the odd character is answered too");
        (await factory.Graph.NextReplyAsync(senders[9])).Should().NotBeEmpty();
    }

    [Fact]
    public async Task OverlongOrBrokenPlatformIds_AreStoredOnce_AndRedeliveriesRecognised()
    {
        var sender = MetaShopFactory.NewId();
        var mid = "m_" + new string('x', 400) + "\ud800";
        var json = JsonSerializer.Serialize(new
        {
            @object = "page",
            entry = new[] { new { id = MetaShopFactory.PageId, time = 1, messaging = new[] { new { sender = new { id = sender }, recipient = new { id = MetaShopFactory.PageId }, timestamp = 1, message = new { mid, text = "hi \ud83d" } } } } },
        });

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(1);
    }

    [Fact]
    public async Task WebChat_NulMessagesAmongManyShoppers_AreRefused_AndNoInnocentMessageIsLost()
    {
        var chats = new List<ChatClient>();
        for (var i = 0; i < 6; i++)
        {
            var chat = new ChatClient(factory.CreateClient());
            await chat.StartAsync();
            chats.Add(chat);
        }

        var sends = chats.SelectMany((chat, c) => Enumerable.Range(0, 10).Select(async i =>
        {
            var poisoned = (c + i) % 5 == 0;
            var response = await chat.PostAsync(poisoned ? "zeig\u0000 mir socken" : $"hallo {i}");
            return (poisoned, response);
        })).ToList();
        var results = await Task.WhenAll(sends);

        foreach (var (poisoned, response) in results.Where(r => r.poisoned))
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain("text");
        }

        results.Where(r => !r.poisoned).Select(r => r.response.StatusCode).Should().OnlyContain(s => (int)s < 300);
        var innocent = results.Count(r => !r.poisoned);
        var stored = 0;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.CountAsync(m => m.Channel == Channel.WebChat
            && chats.Select(c => InboxMessage.KeyOf(Channel.WebChat, c.SessionId)).Contains(m.ConversationKey)));
        stored.Should().Be(innocent);
    }

    [Fact]
    public async Task InboxGroupCommit_WhenTheDatabaseRefusesOneRow_StoresAllTheOthers()
    {
        // A row the database refuses for a reason of its own (a trigger here; a constraint in life).
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger AS $$
            BEGIN IF NEW.platform_message_id = 'poison' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER test_refuse_poison BEFORE INSERT ON inbox_messages FOR EACH ROW EXECUTE FUNCTION test_refuse_poison();
            """));
        try
        {
            var inbox = factory.Services.GetRequiredService<IInboxWriter>();
            var sender = MetaShopFactory.NewId();
            var ids = Enumerable.Range(0, 60).Select(i => i == 17 ? "poison" : $"group-{sender}-{i}").ToArray();

            var accepts = ids.Select(id => Capture(inbox.AcceptAsync(
                new InboundMessage(Channel.Telegram, id, sender, DateTimeOffset.UtcNow, Text: "hallo"), CancellationToken.None))).ToArray();
            var outcomes = await Task.WhenAll(accepts);

            outcomes.Count(o => o is null).Should().Be(59, "every other message is acknowledged");
            outcomes[17].Should().NotBeNull("only the refused row fails");
            var stored = 0;
            await factory.WithDbAsync(async db => stored = await db.InboxMessages.CountAsync(m => m.ConversationKey == InboxMessage.KeyOf(Channel.Telegram, sender)));
            stored.Should().Be(59);
        }
        finally
        {
            await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER test_refuse_poison ON inbox_messages"));
        }
    }

    [Fact]
    public async Task MerchantTexts_WithNul_Are400NamingTheField_AndChangeNothing()
    {
        var merchant = factory.CreateMerchantClient();

        var category = await merchant.PostAsJsonAsync("/api/v1/categories", new { slug = "nul-test", name = new { de = "Kat\u0000", en = "Cat" } });
        var reply = await merchant.PostAsJsonAsync($"/api/v1/conversations/{Guid.NewGuid()}/messages", new { text = "Hallo\u0000" });
        var search = await merchant.GetAsync("/api/v1/products?q=%00");

        category.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await category.Content.ReadAsStringAsync()).Should().Contain("name.de");
        reply.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await reply.Content.ReadAsStringAsync()).Should().Contain("text");
        search.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await search.Content.ReadAsStringAsync()).Should().Contain("\"q\"");
        (await merchant.GetStringAsync("/api/v1/categories")).Should().NotContain("nul-test");
    }

    private static async Task<Exception?> Capture(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
