using System.Net;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>Messenger end to end: signed webhook in, inbox, turn, outbox, Send API calls to a fake Graph API.</summary>
public sealed class MetaMessengerWebhookTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    private const string Page = MetaShopFactory.PageId;

    [Fact]
    public async Task SubscriptionCheck_WithTheVerifyToken_EchoesTheChallenge()
    {
        var client = factory.CreateClient();

        var ok = await client.GetAsync($"/webhooks/messenger?hub.mode=subscribe&hub.verify_token={MetaShopFactory.VerifyToken}&hub.challenge=1158201444");
        var wrong = await client.GetAsync("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        ok.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await ok.Content.ReadAsStringAsync()).Should().Be("1158201444");
        wrong.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BadSignature_Is401_AndNothingIsStored()
    {
        var sender = MetaShopFactory.NewId();
        var json = Text(sender, "hallo");

        var forged = await factory.PostWebhookAsync("messenger", json, "sha256=" + new string('0', 64));
        var missing = await factory.PostWebhookAsync("messenger", json, "");

        forged.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        missing.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(0);
    }

    [Fact]
    public async Task GermanSearch_IsAnsweredWithAValidCarousel_AndItsButtonAddsToTheCart()
    {
        var sender = MetaShopFactory.NewId();

        (await factory.PostWebhookAsync("messenger", Text(sender, "zeig mir rote sneaker"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var sent = await factory.Graph.NextReplyAsync(sender);

        var carousel = sent.Single(m => m["message"]?["attachment"] is not null);
        carousel["messaging_type"].Str().Should().Be("RESPONSE");
        var payload = carousel["message"]!["attachment"]!["payload"]!;
        payload["template_type"].Str().Should().Be("generic");
        var elements = payload["elements"]!.AsArray();
        elements.Count.Should().BeInRange(1, 10);
        elements[0]!["title"].Str().Should().Be("Sneaker Rot");
        elements[0]!["subtitle"].Str().Should().StartWith("59,90 €");
        foreach (var element in elements)
        {
            element!["title"].Str()!.Length.Should().BeLessThanOrEqualTo(80);
            element["buttons"]!.AsArray().Count.Should().BeInRange(1, 3);
            element["buttons"]!.AsArray().Should().OnlyContain(b => b!["title"].Str()!.Length <= 20);
        }

        factory.Graph.Requests.Should().OnlyContain(r => r.Authorization == $"Bearer {MetaShopFactory.AccessToken}");

        var add = elements[0]!["buttons"]!.AsArray().First(b => b!["type"].Str() == "postback")!;
        await factory.PostWebhookAsync("messenger", Postback(sender, add["payload"].Str()!, add["title"].Str()!));
        var afterAdd = await factory.Graph.NextReplyAsync(sender, sent.Count);
        var sizeQuestion = afterAdd.Single(m => m["message"]?["quick_replies"] is not null)["message"]!;
        sizeQuestion["text"].Str().Should().Contain("Größe");
        var sizes = sizeQuestion["quick_replies"]!.AsArray();
        sizes.Count.Should().BeInRange(1, 13);

        var size42 = sizes.First(s => s!["title"].Str() == "42")!;
        await factory.PostWebhookAsync("messenger", QuickReply(sender, "42", size42["payload"].Str()!));
        var afterSize = await factory.Graph.NextReplyAsync(sender, sent.Count + afterAdd.Count);
        string.Join("\n", afterSize.Select(m => m.ToJsonString())).Should().Contain("Sneaker Rot (42)");
    }

    [Fact]
    public async Task AskingForAPerson_PassesTheThreadToThePageInbox_AfterTheReply_AndHandBackTakesItBack()
    {
        var sender = MetaShopFactory.NewId();

        await factory.PostWebhookAsync("messenger", Text(sender, "ich möchte mit einem menschen sprechen"));
        var reply = await factory.Graph.WaitForAsync(sender);
        var passed = await WaitForThreadControlAsync(sender, 1);

        reply.Should().ContainSingle();
        passed[0].Path.Should().EndWith("/me/pass_thread_control");
        passed[0].Body!["target_app_id"].Str().Should().Be("263902037430900", "the Page Inbox of Meta Business Suite");
        var order = factory.Graph.Requests.Where(r => r.Body?["recipient"]?["id"]?.GetValue<string>() == sender).Select(r => r.Path).ToList();
        order.Should().Equal("/me/messages", "/me/pass_thread_control");

        var conversationId = await MetaTestData.ConversationIdAsync(factory, Channel.Messenger, sender);
        (await factory.CreateMerchantClient().PostAsync($"/api/v1/conversations/{conversationId}/hand-back", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var taken = await WaitForThreadControlAsync(sender, 2);

        taken[1].Path.Should().EndWith("/me/take_thread_control");
        taken[1].Authorization.Should().Be($"Bearer {MetaShopFactory.AccessToken}");
    }

    private async Task<IReadOnlyList<FakeGraphApi.RecordedRequest>> WaitForThreadControlAsync(string sender, int count)
    {
        for (var i = 0; i < 200; i++)
        {
            if (factory.Graph.ThreadControl(sender) is { } calls && calls.Count >= count)
                return calls;
            await Task.Delay(100);
        }

        throw new TimeoutException($"Expected {count} thread control call(s) for {sender}.");
    }

    [Fact]
    public async Task DuplicateDelivery_IsAnsweredOnce()
    {
        var sender = MetaShopFactory.NewId();
        var json = Text(sender, "danke");

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        var first = await factory.Graph.WaitForAsync(sender);
        await Task.Delay(1500);

        factory.Graph.SentTo(sender).Should().HaveCount(first.Count);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(1);
    }

    [Fact]
    public async Task EchoesAndReceipts_AreAcknowledgedButNotAnswered()
    {
        var sender = MetaShopFactory.NewId();
        var json = MetaShopFactory.Fixture("messenger-receipts-and-echo.json", ("PAGE", Page), ("SENDER", sender), ("MID", "m_echo_" + sender));

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Task.Delay(1000);

        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(0);
        factory.Graph.SentTo(sender).Should().BeEmpty();
    }

    [Fact]
    public async Task EventsForAnotherPage_AreIgnored()
    {
        var sender = MetaShopFactory.NewId();
        var json = MetaShopFactory.Fixture("messenger-text.json", ("PAGE", "999"), ("SENDER", sender), ("MID", "m_" + sender), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", "hallo"));

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(0);
    }

    [Fact]
    public async Task BatchedDelivery_EveryEntryAndItemIsAnswered()
    {
        var senders = new[] { MetaShopFactory.NewId(), MetaShopFactory.NewId(), MetaShopFactory.NewId() };
        var json = MetaShopFactory.Fixture("messenger-batch.json", ("PAGE", Page), ("TIMESTAMP", MetaTestData.Now()),
            ("SENDER1", senders[0]), ("SENDER2", senders[1]), ("SENDER3", senders[2]),
            ("MID1", "m_b1_" + senders[0]), ("MID2", "m_b2_" + senders[1]), ("MID3", "m_b3_" + senders[2]));

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var sender in senders)
            (await factory.Graph.WaitForAsync(sender)).Should().NotBeEmpty();
    }

    [Fact]
    public async Task ImageWithoutText_IsAcknowledged()
    {
        var sender = MetaShopFactory.NewId();
        var json = MetaShopFactory.Fixture("messenger-image.json", ("PAGE", Page), ("SENDER", sender), ("MID", "m_img_" + sender),
            ("TIMESTAMP", MetaTestData.Now()), ("URL", factory.Graph.BaseUrl + "/media-files/photo"));

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await factory.Graph.WaitForAsync(sender)).Should().ContainSingle().Which["message"]!["text"].Str().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task OrderUpdateOutsideTheWindow_IsSentWithThePostPurchaseTag_ButAResponseIsUndeliverable()
    {
        var sender = MetaShopFactory.NewId();
        await factory.PostWebhookAsync("messenger", Text(sender, "hallo"));
        var answered = await factory.Graph.WaitForAsync(sender);
        await MetaTestData.CloseWindowAsync(factory, Channel.Messenger, sender);

        var update = await MetaTestData.EnqueueAsync(factory, Channel.Messenger, sender, "update", new TextPart("Deine Bestellung 10042 ist unterwegs."));
        var response = await MetaTestData.EnqueueAsync(factory, Channel.Messenger, sender, "response", new TextPart("Zu spät."));

        var sent = await factory.Graph.WaitForAsync(sender, answered.Count + 1);
        var tagged = sent.Last();
        tagged["messaging_type"].Str().Should().Be("MESSAGE_TAG");
        tagged["tag"].Str().Should().Be("POST_PURCHASE_UPDATE");
        (await MetaTestData.WaitForOutcomeAsync(factory, update)).Status.Should().Be(OutboxStatus.Sent);
        var late = await MetaTestData.WaitForOutcomeAsync(factory, response);
        late.Status.Should().Be(OutboxStatus.Undeliverable);
        late.LastError.Should().Contain("24-hour");
    }

    [Fact]
    public async Task TransientFailure_IsRetriedUntilSent()
    {
        var sender = MetaShopFactory.NewId();
        await factory.PostWebhookAsync("messenger", Text(sender, "hallo"));
        var answered = await factory.Graph.WaitForAsync(sender);

        factory.Graph.FailNext(500);
        var id = await MetaTestData.EnqueueAsync(factory, Channel.Messenger, sender, "response", new TextPart("Erster Teil"), new TextPart("Zweiter Teil"));

        var outcome = await MetaTestData.WaitForOutcomeAsync(factory, id, seconds: 30);
        outcome.Status.Should().Be(OutboxStatus.Sent);
        outcome.Attempts.Should().BeGreaterThan(1);
        outcome.PlatformMessageId.Should().StartWith("m_");
        factory.Graph.SentTo(sender).Skip(answered.Count).Select(m => m["message"]!["text"].Str()).Should().Equal("Erster Teil", "Zweiter Teil");
    }

    private static string Text(string sender, string text) => MetaShopFactory.Fixture("messenger-text.json",
        ("PAGE", Page), ("SENDER", sender), ("MID", $"m_{Guid.NewGuid():N}"), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", text));

    private static string Postback(string sender, string payload, string title) => MetaShopFactory.Fixture("messenger-postback.json",
        ("PAGE", Page), ("SENDER", sender), ("MID", $"m_{Guid.NewGuid():N}"), ("TIMESTAMP", MetaTestData.Now()), ("PAYLOAD", payload), ("TITLE", title));

    private static string QuickReply(string sender, string text, string payload) => MetaShopFactory.Fixture("messenger-quick-reply.json",
        ("PAGE", Page), ("SENDER", sender), ("MID", $"m_{Guid.NewGuid():N}"), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", text), ("PAYLOAD", payload));
}
