using System.Net;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>WhatsApp Cloud API end to end against a fake Graph API.</summary>
public sealed class MetaWhatsAppWebhookTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    private const string PhoneId = MetaShopFactory.PhoneNumberId;

    [Fact]
    public async Task SubscriptionCheck_AndSignature_AreEnforced()
    {
        var client = factory.CreateClient();
        var from = NewPhone();

        var ok = await client.GetAsync($"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token={MetaShopFactory.VerifyToken}&hub.challenge=42");
        var wrong = await client.GetAsync("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=42");
        var forged = await factory.PostWebhookAsync("whatsapp", Text(from, "hallo"), "sha256=" + new string('a', 64));

        (await ok.Content.ReadAsStringAsync()).Should().Be("42");
        wrong.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forged.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await MetaTestData.InboxCountAsync(factory, Channel.WhatsApp, from)).Should().Be(0);
    }

    [Fact]
    public async Task GermanSearch_IsAnsweredWithAList_AndARowThenAButtonAddsToTheCart()
    {
        var from = NewPhone();

        await factory.PostWebhookAsync("whatsapp", Text(from, "zeig mir rote sneaker"));
        var reply = await factory.Graph.NextReplyAsync(from);

        reply.Should().OnlyContain(m => m["messaging_product"].Str() == "whatsapp" && m["to"].Str() == from);
        var interactive = reply.Select(m => m["interactive"]).Single(i => i != null)!;
        JsonNode? row;
        if (interactive["type"].Str() == "list")
        {
            var rows = interactive["action"]!["sections"]![0]!["rows"]!.AsArray();
            rows.Count.Should().BeInRange(1, 10);
            rows.Should().OnlyContain(r => r!["title"].Str()!.Length <= 24 && r["description"].Str()!.Length <= 72);
            row = rows[0];
            row!["title"].Str().Should().Be("Sneaker Rot");

            await factory.PostWebhookAsync("whatsapp", Interactive(from, "list_reply", row["id"].Str()!, row["title"].Str()!));
            var product = await factory.Graph.NextReplyAsync(from, reply.Count);
            interactive = product.Select(m => m["interactive"]).Single(i => i != null)!;
            reply = [.. reply, .. product];
        }

        interactive["type"].Str().Should().Be("button");
        var buttons = interactive["action"]!["buttons"]!.AsArray();
        buttons.Count.Should().BeInRange(1, 3);
        buttons.Should().OnlyContain(b => b!["reply"]!["title"].Str()!.Length <= 20);

        var add = buttons[0]!["reply"]!;
        await factory.PostWebhookAsync("whatsapp", Interactive(from, "button_reply", add["id"].Str()!, add["title"].Str()!));
        var sizes = await factory.Graph.NextReplyAsync(from, reply.Count);
        var sizeList = sizes.Select(m => m["interactive"]).Last(i => i?["type"].Str() == "list")!;
        sizeList["body"]!["text"].Str().Should().Contain("Größe");
        var size42 = sizeList["action"]!["sections"]![0]!["rows"]!.AsArray().Single(r => r!["title"].Str() == "42")!;

        await factory.PostWebhookAsync("whatsapp", Interactive(from, "list_reply", size42["id"].Str()!, "42"));
        var added = await factory.Graph.NextReplyAsync(from, reply.Count + sizes.Count);
        string.Join("\n", added.Select(m => m.ToJsonString())).Should().Contain("Sneaker Rot (42)");
    }

    [Fact]
    public async Task DuplicateDelivery_IsAnsweredOnce()
    {
        var from = NewPhone();
        var json = Text(from, "danke");

        await factory.PostWebhookAsync("whatsapp", json);
        await factory.PostWebhookAsync("whatsapp", json);
        var reply = await factory.Graph.NextReplyAsync(from);
        await Task.Delay(1000);

        factory.Graph.SentTo(from).Should().HaveCount(reply.Count);
    }

    [Fact]
    public async Task Statuses_AreRecordedOnTheSentMessage_NotAnswered()
    {
        var from = NewPhone();
        await factory.PostWebhookAsync("whatsapp", Text(from, "hallo"));
        await factory.Graph.NextReplyAsync(from);
        OutboxMessage? sent = null;
        await factory.WithDbAsync(async db => sent = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.RecipientId == from));

        var statuses = MetaShopFactory.Fixture("whatsapp-statuses.json", ("PHONE_ID", PhoneId), ("FROM", from), ("WAMID", sent!.PlatformMessageId!), ("TIMESTAMP", Seconds()));
        (await factory.PostWebhookAsync("whatsapp", statuses)).StatusCode.Should().Be(HttpStatusCode.OK);

        await factory.WithDbAsync(async db => sent = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == sent!.Id));
        sent!.DeliveryStatus.Should().Be("delivered", "the late 'sent' must not overwrite 'delivered'");
        (await MetaTestData.InboxCountAsync(factory, Channel.WhatsApp, from)).Should().Be(1);
    }

    [Fact]
    public async Task NativeOrder_BecomesTheCart_AndIsAnsweredWithAPaymentLink()
    {
        var from = NewPhone();
        var json = MetaShopFactory.Fixture("whatsapp-order.json", ("PHONE_ID", PhoneId), ("FROM", from), ("WAMID", Wamid()), ("TIMESTAMP", Seconds()), ("SKU", "SOCK-3P"));

        (await factory.PostWebhookAsync("whatsapp", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        InboxMessage? stored = null;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.AsNoTracking().SingleAsync(m => m.ConversationKey == InboxMessage.KeyOf(Channel.WhatsApp, from)));
        stored!.Message.NativeOrder.Should().Equal(new NativeOrderLine("SOCK-3P", 2));
        var sent = await factory.Graph.NextReplyAsync(from);
        string.Join("\n", sent.Select(m => m.ToJsonString())).Should().Contain("ist reserviert").And.Contain("25,80");
        if (!sent.Any(m => m.ToJsonString().Contains("cta_url")))
            sent = [.. sent, .. await factory.Graph.NextReplyAsync(from, already: sent.Count)];
        var link = sent.Single(m => m.ToJsonString().Contains("cta_url")).ToJsonString();
        link.Should().Contain("/pay/").And.Contain("25,80");
    }

    [Fact]
    public async Task Image_IsAcknowledged_AndItsMediaFetchedInTheBackground()
    {
        var from = NewPhone();
        var json = MetaShopFactory.Fixture("whatsapp-image.json", ("PHONE_ID", PhoneId), ("FROM", from), ("WAMID", Wamid()), ("TIMESTAMP", Seconds()), ("MEDIA_ID", "1037543291543636"));

        (await factory.PostWebhookAsync("whatsapp", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await factory.Graph.NextReplyAsync(from)).Should().NotBeEmpty();
        ConversationAttachment? attachment = null;
        for (var i = 0; i < 100 && attachment?.Status != AttachmentStatus.Stored; i++)
        {
            await Task.Delay(100);
            await factory.WithDbAsync(async db => attachment = await db.ConversationAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.ConversationKey == InboxMessage.KeyOf(Channel.WhatsApp, from)));
        }

        attachment!.Status.Should().Be(AttachmentStatus.Stored);
        attachment.Content.Should().Equal(FakeGraphApi.MediaBytes);
        factory.Graph.Requests.Should().Contain(r => r.Path == "/1037543291543636" && r.Authorization == $"Bearer {MetaShopFactory.AccessToken}");
    }

    [Fact]
    public async Task EventsForAnotherPhoneNumber_AreIgnored()
    {
        var from = NewPhone();
        var json = MetaShopFactory.Fixture("whatsapp-text.json", ("PHONE_ID", "111111111"), ("FROM", from), ("WAMID", Wamid()), ("TIMESTAMP", Seconds()), ("TEXT", "hallo"));

        (await factory.PostWebhookAsync("whatsapp", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await MetaTestData.InboxCountAsync(factory, Channel.WhatsApp, from)).Should().Be(0);
    }

    [Fact]
    public async Task OutsideTheWindow_AResponseIsUndeliverable_AndAnUpdateUsesTheTemplate()
    {
        var from = NewPhone();
        await factory.PostWebhookAsync("whatsapp", Text(from, "hallo"));
        var answered = await factory.Graph.NextReplyAsync(from);
        await MetaTestData.CloseWindowAsync(factory, Channel.WhatsApp, from);

        var response = await MetaTestData.EnqueueAsync(factory, Channel.WhatsApp, from, "response", new TextPart("Zu spät."));
        var late = await MetaTestData.WaitForOutcomeAsync(factory, response);
        late.Status.Should().Be(OutboxStatus.Undeliverable);
        late.LastError.Should().Contain("24-hour");

        var update = await MetaTestData.EnqueueAsync(factory, Channel.WhatsApp, from, "update", new TextPart("Bestellung 10042\nist unterwegs."));
        (await MetaTestData.WaitForOutcomeAsync(factory, update)).Status.Should().Be(OutboxStatus.Sent);
        var template = factory.Graph.SentTo(from).Skip(answered.Count).Single();
        template["type"].Str().Should().Be("template");
        template["template"]!["name"].Str().Should().Be("order_update");
        template["template"]!["components"]![0]!["parameters"]![0]!["text"].Str().Should().Be("Bestellung 10042 ist unterwegs.");
    }

    [Fact]
    public async Task RateLimitedWithRetryAfter_ThenReEngagementError_AreRecorded()
    {
        var from = NewPhone();
        await factory.PostWebhookAsync("whatsapp", Text(from, "hallo"));
        await factory.Graph.NextReplyAsync(from);

        factory.Graph.FailNext(429, retryAfterSeconds: 1, code: 130429);
        var retried = await MetaTestData.EnqueueAsync(factory, Channel.WhatsApp, from, "response", new TextPart("Gleich."));
        var outcome = await MetaTestData.WaitForOutcomeAsync(factory, retried, seconds: 30);
        outcome.Status.Should().Be(OutboxStatus.Sent);
        outcome.Attempts.Should().Be(2);

        factory.Graph.FailNext(400, code: 131047);
        var refused = await MetaTestData.EnqueueAsync(factory, Channel.WhatsApp, from, "response", new TextPart("Hallo?"));
        var final = await MetaTestData.WaitForOutcomeAsync(factory, refused);
        final.Status.Should().Be(OutboxStatus.Undeliverable);
        final.LastError.Should().Contain("131047");
    }

    private static string NewPhone() => "49151" + Random.Shared.Next(10_000_000, 99_999_999);

    private static string Wamid() => "wamid." + Guid.NewGuid().ToString("N");

    private static string Seconds() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();

    private static string Text(string from, string text) => MetaShopFactory.Fixture("whatsapp-text.json",
        ("PHONE_ID", PhoneId), ("FROM", from), ("WAMID", Wamid()), ("TIMESTAMP", Seconds()), ("TEXT", text));

    private static string Interactive(string from, string kind, string id, string title) => MetaShopFactory.Fixture("whatsapp-button-reply.json",
        ("PHONE_ID", PhoneId), ("FROM", from), ("WAMID", Wamid()), ("TIMESTAMP", Seconds()), ("KIND", kind), ("ID", id), ("TITLE", title));
}
