using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Privacy;

/// <summary>A shopper's data erased — on their own request in chat after confirming, or by the merchant.</summary>
public sealed class ErasureTests(PrivacyShopFactory factory) : IClassFixture<PrivacyShopFactory>
{
    [Fact]
    public async Task DeleteMyData_Confirmed_RemovesMessagesCartAndId_TheOrderStaysUnderAPseudonym()
    {
        var chat = await PrivacyChats.WebChatAsync(factory);
        await chat.SayAsync("2 socken in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        await chat.SayAsync("1 basecap in den warenkorb");
        var id = (await PrivacyChats.ConversationIdAsync(factory, Channel.WebChat, chat.SessionId))!.Value;

        var question = (await chat.SayAsync("lösche meine daten")).Single();
        var done = await chat.SayAsync(payload: "1:erase:yes");

        question.GetProperty("text").GetString().Should().Contain("wirklich alle deine Daten löschen");
        question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("payload").GetString()).Should().Equal("1:erase:yes", "1:erase:no");
        PrivacyChats.Said(done).Should().Contain("deine Daten sind gelöscht");

        var export = await PrivacyChats.ExportAsync(factory, id);
        var raw = export.GetRawText();
        raw.Should().NotContain(chat.SessionId).And.NotContain("socken in den warenkorb").And.NotContain("basecap in den warenkorb");
        var conversation = export.GetProperty("conversations").EnumerateArray().Single();
        conversation.GetProperty("platformId").ValueKind.Should().Be(JsonValueKind.Null);
        conversation.GetProperty("erasedAt").ValueKind.Should().Be(JsonValueKind.String);
        conversation.GetProperty("messages").EnumerateArray().Should().OnlyContain(m => m.GetProperty("direction").GetString() == "out")
            .And.ContainSingle("only the note that the data is gone is left");
        export.GetProperty("cart").GetArrayLength().Should().Be(0);
        export.GetProperty("consents").GetArrayLength().Should().Be(0);
        var order = export.GetProperty("orders").EnumerateArray().Single();
        order.GetProperty("number").GetInt64().ToString().Should().Be(number);
        order.GetProperty("totalMinor").GetInt64().Should().Be(2580);
        order.GetProperty("lines").EnumerateArray().Single().GetProperty("quantity").GetInt32().Should().Be(2);
        order.GetProperty("shippingAddress").ValueKind.Should().Be(JsonValueKind.Null);
        order.GetProperty("conversationId").GetGuid().Should().Be(id, "the order keeps the pseudonym, which no longer leads to anyone");

        await factory.WithDbAsync(async db =>
        {
            (await db.InboxMessages.CountAsync(m => m.ConversationKey == InboxMessage.KeyOf(Channel.WebChat, chat.SessionId))).Should().Be(0);
            (await db.InboxMessages.CountAsync(m => m.PlatformMessageId.Contains(chat.SessionId))).Should().Be(0);
            (await RawCountAsync(db, "SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message::text LIKE {0}", $"%{chat.SessionId}%")).Should().Be(0);
            (await RawCountAsync(db, "SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message::text ILIKE {0}", "%socken%")).Should().Be(0);
            (await db.OutboxMessages.CountAsync(m => m.ConversationId == id && m.Kind != OutboxMessage.ErasureKind)).Should().Be(0);
            (await db.Carts.CountAsync(c => c.ConversationId == id)).Should().Be(0);
        });
        var cart = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(0);

        var fresh = await chat.SayAsync("warenkorb");
        PrivacyChats.Said(fresh).Should().Contain("Warenkorb ist leer");
        var newId = await PrivacyChats.ConversationIdAsync(factory, Channel.WebChat, chat.SessionId);
        newId.Should().NotBeNull().And.NotBe(id, "a new message from the same id starts a fresh conversation");
        PrivacyChats.Said(await chat.SayAsync($"wo ist meine bestellung {number}")).Should().Contain("finde ich in diesem Chat nicht");
    }

    [Fact]
    public async Task DeleteMyData_Declined_KeepsEverything()
    {
        var chat = await PrivacyChats.WebChatAsync(factory);
        await chat.SayAsync("1 basecap in den warenkorb");

        var question = (await chat.SayAsync("please delete my data")).Single();
        var answer = await chat.SayAsync(payload: "1:erase:no");

        question.GetProperty("text").GetString().Should().Contain("really want me to delete all your data");
        question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("title").GetString()).Should().Equal("Yes, delete", "No");
        PrivacyChats.Said(answer).Should().Contain("won't delete anything");
        var cart = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(1);
        var id = (await PrivacyChats.ConversationIdAsync(factory, Channel.WebChat, chat.SessionId))!.Value;
        var export = await PrivacyChats.ExportAsync(factory, id);
        export.GetProperty("conversations")[0].GetProperty("platformId").GetString().Should().Be(chat.SessionId);
    }

    [Fact]
    public async Task MerchantErasesAWhatsAppShopper_PhoneNumberAndPhotosAreGone_TheNextMessageStartsFresh()
    {
        var phone = PrivacyShopFactory.NewPhone();
        await factory.WhatsAppTextAsync(phone, "2 socken in den warenkorb");
        var first = (await factory.Graph.NextReplyAsync(phone)).Count;
        await factory.WhatsAppImageAsync(phone);
        await factory.Graph.NextReplyAsync(phone, first); // "thanks for the picture"
        var id = (await PrivacyChats.ConversationIdAsync(factory, Channel.WhatsApp, phone))!.Value;
        await WaitForAsync(async () => (await PrivacyChats.ExportAsync(factory, id)).GetProperty("conversations")[0].GetProperty("photos").GetArrayLength() == 1);

        var erase = await factory.CreateMerchantClient().PostAsync($"/api/v1/conversations/{id}/erase", null);

        erase.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await erase.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("photos").GetInt32().Should().Be(1);
        report.GetProperty("inboxMessages").GetInt32().Should().BeGreaterThanOrEqualTo(2);
        var export = await PrivacyChats.ExportAsync(factory, id);
        export.GetRawText().Should().NotContain(phone);
        export.GetProperty("conversations")[0].GetProperty("messages").GetArrayLength().Should().Be(0);
        export.GetProperty("conversations")[0].GetProperty("photos").GetArrayLength().Should().Be(0);
        await factory.WithDbAsync(async db =>
        {
            (await db.Conversations.CountAsync(c => c.SenderId == phone)).Should().Be(0);
            (await db.OutboxMessages.CountAsync(m => m.RecipientId == phone)).Should().Be(0);
            (await db.InboxMessages.CountAsync(m => m.ConversationKey == InboxMessage.KeyOf(Channel.WhatsApp, phone))).Should().Be(0);
            (await db.ConversationAttachments.CountAsync(a => a.ConversationKey == InboxMessage.KeyOf(Channel.WhatsApp, phone))).Should().Be(0);
            (await RawCountAsync(db, "SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message::text LIKE {0}", $"%{phone}%")).Should().Be(0);
        });

        var before = factory.Graph.SentTo(phone).Count;
        await factory.WhatsAppTextAsync(phone, "warenkorb");
        PrivacyChats.Said(await factory.Graph.NextReplyAsync(phone, before)).Should().Contain("Warenkorb ist leer");
        (await PrivacyChats.ConversationIdAsync(factory, Channel.WhatsApp, phone)).Should().NotBe(id);
    }

    [Fact]
    public async Task Export_OfALiveChat_HoldsMessagesPhotoLinkCartOrdersAndConsent()
    {
        var phone = PrivacyShopFactory.NewPhone();
        await factory.WhatsAppTextAsync(phone, "newsletter abonnieren");
        await factory.Graph.NextReplyAsync(phone);
        await factory.WhatsAppTextAsync(phone, "1 basecap in den warenkorb");
        await factory.Graph.NextReplyAsync(phone, factory.Graph.SentTo(phone).Count - 1);
        await factory.WhatsAppImageAsync(phone);
        var id = (await PrivacyChats.ConversationIdAsync(factory, Channel.WhatsApp, phone))!.Value;
        JsonElement export = default;
        await WaitForAsync(async () =>
        {
            export = await PrivacyChats.ExportAsync(factory, id);
            return export.GetProperty("conversations")[0].GetProperty("photos").EnumerateArray().Any(p => p.GetProperty("status").GetString() == "Stored");
        });

        var conversation = export.GetProperty("conversations").EnumerateArray().Single();
        conversation.GetProperty("platformId").GetString().Should().Be(phone);
        conversation.GetProperty("channel").GetString().Should().Be("WhatsApp");
        var inbound = conversation.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "in").ToList();
        inbound.Select(m => m.GetProperty("text").GetString()).Should().Contain(["newsletter abonnieren", "1 basecap in den warenkorb"]);
        conversation.GetProperty("messages").EnumerateArray().Should().Contain(m => m.GetProperty("direction").GetString() == "out");
        export.GetProperty("cart").EnumerateArray().Single().GetProperty("quantity").GetInt32().Should().Be(1);
        var consent = export.GetProperty("consents").EnumerateArray().Single();
        consent.GetProperty("kind").GetString().Should().Be("offers");
        consent.GetProperty("channel").GetString().Should().Be("WhatsApp");
        var link = conversation.GetProperty("photos")[0].GetProperty("link").GetString()!;
        var photo = await factory.CreateMerchantClient().GetAsync(new Uri(link).PathAndQuery);
        photo.StatusCode.Should().Be(HttpStatusCode.OK);
        (await photo.Content.ReadAsByteArrayAsync()).Should().Equal(Commerce.Api.Tests.Channels.Meta.FakeGraphApi.MediaBytes);
        (await factory.CreateClient().GetAsync(new Uri(link).PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExportAndErase_OfAnUnknownConversation_Are404_WithoutTheKey401()
    {
        var merchant = factory.CreateMerchantClient();
        var unknown = Guid.NewGuid();

        var export = await merchant.GetAsync($"/api/v1/conversations/{unknown}/export");
        var erase = await merchant.PostAsync($"/api/v1/conversations/{unknown}/erase", null);
        var anonymous = await factory.CreateClient().GetAsync($"/api/v1/conversations/{unknown}/export");

        export.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await export.Content.ReadAsStringAsync()).Should().Contain(unknown.ToString());
        erase.StatusCode.Should().Be(HttpStatusCode.NotFound);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<int> RawCountAsync(Commerce.Infrastructure.Persistence.CommerceDbContext db, string sql, string like) =>
        await db.Database.SqlQueryRaw<int>(sql, like).SingleAsync();

    private static async Task WaitForAsync(Func<Task<bool>> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The condition did not come true in time.");
            await Task.Delay(200);
        }
    }
}
