using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>A shopper on LINE, end to end: webhook, turn, outbox, and what the fake LINE API delivered to them.</summary>
public sealed class LineConversationTests(LineShopFactory factory) : IClassFixture<LineShopFactory>
{
    private FakeLineApi Line => factory.Line;

    [Fact]
    public async Task WholePurchase_SearchAddSizeCheckout_AndThePaymentIsConfirmedByPushAfterTheReplyTokenExpired()
    {
        var user = LineEvents.NewUserId();

        var found = await TurnAsync(user, token => LineEvents.Text(user, "zeig mir rote sneaker", token));
        found.Kind.Should().Be("reply");
        var card = found.Objects.Single(m => m["type"]!.GetValue<string>() == "flex");
        card["altText"]!.GetValue<string>().Should().Contain("Sneaker Rot").And.Contain("59,90 €");
        var add = found.Actions.First(a => a["type"]!.GetValue<string>() == "postback");

        var sizes = await TurnAsync(user, token => LineEvents.Postback(user, add["data"]!.GetValue<string>(), token));
        var size42 = sizes.QuickReplyActions.Single(a => a["label"]!.GetValue<string>() == "42");

        var added = await TurnAsync(user, token => LineEvents.Postback(user, size42["data"]!.GetValue<string>(), token));
        string.Join("\n", added.Texts).Should().Contain("Sneaker Rot (42)");

        var checkout = await TurnAsync(user, token => LineEvents.Text(user, "zur kasse", token));
        var orderNumber = ShopQueries.OrderNumberIn(JsonDocumentOf(new JsonObject { ["text"] = string.Join("\n", checkout.Texts) }));
        // The payment link follows in its own message once the payment page is open.
        var link = await Line.WaitForAsync(user, r => r.Actions.Any(a => a["type"]!.GetValue<string>() == "uri"));
        var pay = link.Actions.Single(a => a["type"]!.GetValue<string>() == "uri");
        (await factory.OrderAsync(orderNumber)).GetProperty("status").GetString().Should().Be("PendingPayment");

        // The shopper takes their time on the payment page: every reply token they gave us is long stale.
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var page = await FollowToSandboxAsync(pay["uri"]!.GetValue<string>());
        (await SandboxPage.PressAsync(Http(), page, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var receipt = await Line.WaitForAsync(user, r => r.Texts.Any(t => t.Contains("ist bezahlt")));
        receipt.Kind.Should().Be("push");
        receipt.RetryKey.Should().NotBeNullOrEmpty();
        string.Join("\n", receipt.Texts).Should().Contain($"Bestellung {orderNumber} ist bezahlt").And.Contain("Sneaker Rot");
        var order = await factory.OrderAsync(orderNumber);
        order.GetProperty("status").GetString().Should().Be("Paid");
        order.GetProperty("lines").EnumerateArray().Should().ContainSingle().Which.ToString().Should().Contain("Sneaker Rot");
        Line.For(user).Should().OnlyContain(r => r.Status == 200, "every request the shop made was one LINE accepts");
    }

    [Fact]
    public async Task ReplyDelayedPastTheTokensLifetime_IsPushedWithARetryKeyInstead()
    {
        var user = LineEvents.NewUserId();
        Line.FailNext(user, 500, "Internal server error");

        await PostAsync(LineEvents.Text(user, "hallo", Line.IssueReplyToken(user)));
        await WaitUntilAsync(() => Line.For(user).Count >= 1);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var sent = await Line.WaitForAsync(user);
        sent.Kind.Should().Be("push", "a token older than a minute is not used");
        sent.RetryKey.Should().NotBeNullOrEmpty();
        sent.Texts.Should().Contain(t => t.Contains("Willkommen") || t.Contains("Schreib mir"));
        Line.For(user).Where(r => r.Kind == "reply").Should().ContainSingle("the stale token is not tried again");
    }

    [Fact]
    public async Task RedeliveredEvent_IsAcknowledged_AndHasOneEffect()
    {
        var user = LineEvents.NewUserId();
        var first = LineEvents.Text(user, "2 socken in den warenkorb", Line.IssueReplyToken(user));
        var redelivery = (JsonObject)first.DeepClone();
        redelivery["deliveryContext"]!["isRedelivery"] = true;

        (await PostAsync(first)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PostAsync(redelivery)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Line.WaitForAsync(user);

        var cart = await TurnAsync(user, token => LineEvents.Text(user, "mein warenkorb", token));
        string.Join("\n", cart.Texts).Should().Contain("2 × Socken 3er-Pack").And.NotContain("4 ×");
        Line.Delivered(user).Should().HaveCount(2, "one answer to the redelivered event and one to the cart question");
    }

    [Fact]
    public async Task Unfollow_StopsEverySend_UntilTheShopperFollowsAgain()
    {
        var user = LineEvents.NewUserId();
        // Event times as LINE would stamp them, on the clock this class shares with the app (other tests move it on).
        await TurnAsync(user, token => LineEvents.Text(user, "hallo", token, factory.Clock.GetUtcNow()));

        (await PostAsync(LineEvents.Event("unfollow.json", user, null, factory.Clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
        var conversationId = await ConversationIdAsync(user);
        var reply = await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text = "Hallo, hier ist Lena vom Shop!" });
        reply.IsSuccessStatusCode.Should().BeTrue();

        var outbox = await WaitForFinalAsync(user, m => m.Kind == OutboxMessage.PersonKind && m.Reply.Parts.OfType<TextPart>().Any(p => p.Text.Contains("Lena")));
        outbox.Status.Should().Be(OutboxStatus.Undeliverable);
        outbox.LastError.Should().Contain("blocked or unfollowed");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Line.For(user).Should().HaveCount(1, "nothing is sent to a shopper who blocked the account");

        var greeting = await TurnAsync(user, token => LineEvents.Event("follow.json", user, token, factory.Clock.GetUtcNow()));
        greeting.Texts.Should().Contain(t => t.Contains("Willkommen"));
    }

    [Fact]
    public async Task ARedeliveredUnfollowOlderThanTheShoppersLastMessage_ChangesNothing()
    {
        var user = LineEvents.NewUserId();
        var now = factory.Clock.GetUtcNow();
        await TurnAsync(user, token => LineEvents.Text(user, "hallo", token, now));
        var late = LineEvents.Event("unfollow.json", user, null, now.AddMinutes(-1));
        late["deliveryContext"]!["isRedelivery"] = true;

        (await PostAsync(late)).StatusCode.Should().Be(HttpStatusCode.OK);
        var conversationId = await ConversationIdAsync(user);
        (await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text = "Hallo, hier ist Lena vom Shop!" }))
            .IsSuccessStatusCode.Should().BeTrue();

        var pushed = await Line.WaitForCountAsync(user, 2);
        pushed.Texts.Should().Contain("Hallo, hier ist Lena vom Shop!");
    }

    [Fact]
    public async Task Sticker_IsAnsweredPolitely()
    {
        var user = LineEvents.NewUserId();

        var answer = await TurnAsync(user, token => LineEvents.Event("message-sticker.json", user, token));

        answer.Texts.Should().ContainSingle().Which.Should().Contain("Sticker");
    }

    [Fact]
    public async Task Image_IsFetchedFromTheContentApiInTheBackground()
    {
        var user = LineEvents.NewUserId();
        var image = LineEvents.Event("message-image.json", user, Line.IssueReplyToken(user));
        var messageId = LineEvents.NewMessageId();
        image["message"]!["id"] = messageId;

        (await PostAsync(image)).StatusCode.Should().Be(HttpStatusCode.OK);

        var answer = await Line.WaitForAsync(user);
        answer.Texts.Should().Contain(t => t.Contains("Bild"));
        ConversationAttachment? stored = null;
        await WaitUntilAsync(async () =>
        {
            await factory.WithDbAsync(async db => stored = await db.ConversationAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Channel == Channel.Line && a.MediaId == messageId));
            return stored is { Status: not AttachmentStatus.Pending };
        });
        stored!.Status.Should().Be(AttachmentStatus.Stored);
        stored.Content.Should().Equal(FakeLineApi.ImageBytes);
        Line.Requests.Should().Contain(r => r.Kind == "content" && r.Error == messageId && r.Authorization == $"Bearer {LineShopFactory.AccessToken}");
    }

    [Fact]
    public async Task RateLimited_IsRetriedAfterRetryAfter_AndThenSent()
    {
        var user = LineEvents.NewUserId();
        Line.FailNext(user, 429, "The API rate limit has been exceeded. Try again later.", retryAfterSeconds: 1);

        await PostAsync(LineEvents.Text(user, "hallo", Line.IssueReplyToken(user)));

        var sent = await Line.WaitForAsync(user);
        Line.For(user)[0].Status.Should().Be(429);
        sent.Kind.Should().Be("reply", "the token is still fresh a few seconds later");
        var outbox = await WaitForFinalAsync(user);
        outbox.Status.Should().Be(OutboxStatus.Sent);
        outbox.Attempts.Should().Be(2);
        outbox.PlatformMessageId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task BadRequest_IsAPermanentFailureWithLinesReason()
    {
        var user = LineEvents.NewUserId();
        Line.FailNext(user, 400, "The property, 'to', in the request body is invalid (line: -, column: -)");

        await PostAsync(LineEvents.Text(user, "danke", Line.IssueReplyToken(user)));

        var outbox = await WaitForFinalAsync(user);
        outbox.Status.Should().Be(OutboxStatus.Failed);
        outbox.LastError.Should().Contain("400").And.Contain("'to'");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Line.For(user).Should().ContainSingle("a request LINE refuses is not repeated");
    }

    [Fact]
    public async Task PushWhoseAnswerWasLost_IsRetriedWithTheSameKey_AndReachesTheShopperOnce()
    {
        var user = LineEvents.NewUserId();
        await TurnAsync(user, token => LineEvents.Text(user, "hallo", token));
        Line.FailNext(user, 500, "Internal server error", acceptFirst: true);

        var conversationId = await ConversationIdAsync(user);
        (await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text = "Hallo, hier ist Lena vom Shop!" }))
            .IsSuccessStatusCode.Should().BeTrue();

        var outbox = await WaitForFinalAsync(user, m => m.Reply.Parts.OfType<TextPart>().Any(p => p.Text.Contains("Lena")));
        outbox.Status.Should().Be(OutboxStatus.Sent);
        var pushes = Line.For(user).Where(r => r.Kind == "push").ToList();
        pushes.Select(p => p.Status).Should().Equal(500, 409);
        pushes.Select(p => p.RetryKey).Distinct().Should().ContainSingle("the retry uses the same key");
        Line.Delivered(user).Where(r => r.Texts.Any(t => t.Contains("Lena"))).Should().ContainSingle("the shopper sees the message once");
    }

    [Fact]
    public async Task TokensAndMessageTexts_NeverAppearInTheLogs()
    {
        var user = LineEvents.NewUserId();
        var token = Line.IssueReplyToken(user);
        Line.FailNext(user, 500, "Internal server error");

        await PostAsync(LineEvents.Text(user, "geheimnisvolle rote sneaker", token));
        await Line.WaitForAsync(user);

        factory.Logs.Lines.Should().NotBeEmpty()
            .And.NotContain(line => line.Contains(LineShopFactory.AccessToken))
            .And.NotContain(line => line.Contains(token))
            .And.NotContain(line => line.Contains("geheimnisvolle"))
            .And.NotContain(line => line.Contains(LineShopFactory.ChannelSecret));
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject e) => LineEvents.PostAsync(factory.CreateClient(), e);

    /// <summary>Posts an event carrying a fresh reply token and returns the next request the user receives.</summary>
    private async Task<FakeLineApi.Request> TurnAsync(string user, Func<string, JsonObject> e)
    {
        var before = Line.Delivered(user).Count;
        (await PostAsync(e(Line.IssueReplyToken(user)))).StatusCode.Should().Be(HttpStatusCode.OK);
        return await Line.WaitForCountAsync(user, before + 1);
    }

    private async Task<Guid> ConversationIdAsync(string user)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = await db.Conversations.Where(c => c.Channel == Channel.Line && c.SenderId == user).Select(c => c.Id).SingleAsync());
        return id;
    }

    /// <summary>The user's (matching) outbox row once the dispatcher has settled it.</summary>
    private async Task<OutboxMessage> WaitForFinalAsync(string user, Func<OutboxMessage, bool>? match = null)
    {
        OutboxMessage? found = null;
        await WaitUntilAsync(async () =>
        {
            await factory.WithDbAsync(async db => found = (await db.OutboxMessages.AsNoTracking().Where(m => m.Channel == Channel.Line && m.RecipientId == user).OrderBy(m => m.Id).ToListAsync())
                .Where(match ?? (_ => true)).LastOrDefault());
            return found is { Status: not OutboxStatus.Pending };
        });
        return found!;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }

        throw new TimeoutException("The condition did not come true within 20 seconds.");
    }

    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The chat's pay link answers with a redirect to the sandbox page; returns that page's path.</summary>
    private async Task<string> FollowToSandboxAsync(string payLink)
    {
        var response = await Http().GetAsync(new Uri(payLink).PathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return new Uri(response.Headers.Location!.ToString()).PathAndQuery;
    }

    private static System.Text.Json.JsonElement JsonDocumentOf(JsonObject node) => System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement;
}
