using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Application.Messaging;
using Commerce.Channels.Line;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>The webhook's gatekeeping: signature, size, shape, odd values, and which events count as a shopper's turn.</summary>
public sealed class LineWebhookTests(LineShopFactory factory) : IClassFixture<LineShopFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("signed with another secret")]
    public async Task BadOrMissingSignature_Is401_AndNothingIsStoredOrSent(string? signature)
    {
        var user = LineEvents.NewUserId();
        var body = LineEvents.Body(LineEvents.Text(user, "hallo", factory.Line.IssueReplyToken(user)));
        if (signature == "signed with another secret")
            signature = LineSignature.Sign(System.Text.Encoding.UTF8.GetBytes(body), "another-channel-secret");

        var response = await LineEvents.PostRawAsync(factory.CreateClient(), body, signature);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await StoredForAsync(user)).Should().Be(0);
        await Task.Delay(TimeSpan.FromSeconds(1));
        factory.Line.For(user).Should().BeEmpty();
    }

    [Fact]
    public async Task ASignatureOverADifferentBody_Is401()
    {
        var user = LineEvents.NewUserId();
        var body = LineEvents.Body(LineEvents.Text(user, "hallo", null));
        var signature = LineSignature.Sign(System.Text.Encoding.UTF8.GetBytes(body), LineShopFactory.ChannelSecret);

        var response = await LineEvents.PostRawAsync(factory.CreateClient(), body.Replace("hallo", "hallo!"), signature);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await StoredForAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task TextEvent_IsStoredUnderItsWebhookEventId_WithItsReplyToken()
    {
        var user = LineEvents.NewUserId();
        var e = LineEvents.Text(user, "hallo", "a-reply-token");

        (await LineEvents.PostAsync(factory.CreateClient(), e)).StatusCode.Should().Be(HttpStatusCode.OK);

        InboundMessage? stored = null;
        await factory.WithDbAsync(async db => stored = (await db.InboxMessages.SingleAsync(m => m.Channel == Channel.Line && m.PlatformMessageId == $"line-{e["webhookEventId"]}")).Message);
        stored!.SenderId.Should().Be(user);
        stored.Text.Should().Be("hallo");
        stored.ReplyToken!.Value.Should().Be("a-reply-token");
    }

    [Fact]
    public async Task ConsoleVerification_WithNoEvents_Is200()
    {
        var response = await LineEvents.PostRawAsync(factory.CreateClient(), """{"destination":"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","events":[]}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("message-group.json")]
    [InlineData("unfollow.json")]
    public async Task EventsThatAreNoShopperTurn_AreAcknowledgedButNotStored(string fixture)
    {
        var user = LineEvents.NewUserId();

        var response = await LineEvents.PostAsync(factory.CreateClient(), LineEvents.Event(fixture, user, "token"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StoredForAsync(user)).Should().Be(0);
    }

    [Fact]
    public async Task StandbyEvents_BelongToAnotherModule_AndAreNotStored()
    {
        var user = LineEvents.NewUserId();
        var e = LineEvents.Text(user, "hallo", null);
        e["mode"] = "standby";

        (await LineEvents.PostAsync(factory.CreateClient(), e)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await StoredForAsync(user)).Should().Be(0);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"destination\":\"U1\"}")]
    [InlineData("{\"events\":\"many\"}")]
    [InlineData("")]
    public async Task BodiesThatAreNoWebhook_Are400(string body)
    {
        var response = await LineEvents.PostRawAsync(factory.CreateClient(), body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\"timestamp\": 99999999999999999999999")]
    [InlineData("\"timestamp\": -1")]
    [InlineData("\"timestamp\": \"yesterday\"")]
    [InlineData("\"timestamp\": 1e308")]
    [InlineData("\"webhookEventId\": 12345678901234567890123")]
    [InlineData("\"webhookEventId\": null")]
    [InlineData("\"replyToken\": {\"nested\": true}")]
    [InlineData("\"source\": \"user\"")]
    [InlineData("\"message\": {\"type\": \"text\", \"text\": \"a\\u0000b\\ud800\"}")]
    [InlineData("\"message\": {\"type\": \"text\", \"text\": 42}")]
    [InlineData("\"message\": {\"type\": \"image\"}")]
    [InlineData("\"message\": {\"type\": \"sticker\", \"packageId\": [], \"stickerId\": 1e400}")]
    [InlineData("\"deliveryContext\": 7")]
    [InlineData("\"message\": {\"type\": \"image\", \"id\": \"LONG\", \"contentProvider\": {\"type\": \"external\", \"originalContentUrl\": \"https://LONG\"}}")]
    [InlineData("\"message\": {\"type\": \"image\", \"id\": \"1\", \"contentProvider\": {\"type\": \"external\", \"originalContentUrl\": \"https://LONG\"}}")]
    [InlineData("\"webhookEventId\": \"LONG\"")]
    [InlineData("\"replyToken\": \"LONG\"")]
    public async Task OddValuesInAnEvent_NeverGive5xx(string replacement)
    {
        var user = LineEvents.NewUserId();
        var e = LineEvents.Text(user, "hallo", null);
        var property = replacement[1..replacement.IndexOf('"', 1)];
        e.Remove(property);
        var json = e.ToJsonString();
        var body = "{\"events\":[" + json[..^1] + (json.Length > 2 ? "," : "") + replacement.Replace("LONG", new string('7', 5000)) + "}]}";

        var response = await LineEvents.PostRawAsync(factory.CreateClient(), body);

        ((int)response.StatusCode).Should().BeOneOf([200, 400], factory.Logs.Entries.LastOrDefault(l => l.Exception is not null)?.Exception?.ToString() ?? "");
    }

    [Theory]
    [InlineData("hallo", 0xFF)]
    [InlineData("hallo", 0xC3)]
    [InlineData("webhookEventId", 0xFF)]
    [InlineData("userId", 0xC3)]
    [InlineData("\"type\"", 0xFF)]
    public async Task InvalidUtf8_IsNever5xx(string near, int value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(LineEvents.Body(LineEvents.Text(LineEvents.NewUserId(), "hallo", null)));
        var at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf(near, StringComparison.Ordinal) + 1;
        bytes[at] = (byte)value;

        var response = await LineEvents.PostBytesAsync(factory.CreateClient(), bytes);

        ((int)response.StatusCode).Should().BeOneOf([200, 400], factory.Logs.Entries.LastOrDefault(l => l.Exception is not null)?.Exception?.ToString() ?? "");
    }

    [Fact]
    public async Task NulAndLoneSurrogatesInText_AreStoredReplaced()
    {
        var user = LineEvents.NewUserId();
        var e = LineEvents.Text(user, "a\u0000b", null);

        (await LineEvents.PostAsync(factory.CreateClient(), e)).StatusCode.Should().Be(HttpStatusCode.OK);

        InboundMessage? stored = null;
        await factory.WithDbAsync(async db => stored = (await db.InboxMessages.SingleAsync(m => m.Channel == Channel.Line && m.PlatformMessageId == $"line-{e["webhookEventId"]}")).Message);
        stored!.Text.Should().Be("a\uFFFDb");
    }

    [Fact]
    public async Task BodyOverOneMegabyte_Is413()
    {
        var e = LineEvents.Text(LineEvents.NewUserId(), new string('x', 1024 * 1024 + 10), null);

        var response = await LineEvents.PostAsync(factory.CreateClient(), e);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Readiness_ListsLineAsEnabled()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");

        body.GetProperty("checks").GetProperty("channels").GetProperty("data").GetProperty("line").GetString().Should().Be("enabled");
    }

    private async Task<int> StoredForAsync(string user)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.InboxMessages.CountAsync(m => m.Channel == Channel.Line && m.ConversationKey == InboxMessage.KeyOf(Channel.Line, user)));
        return count;
    }
}
