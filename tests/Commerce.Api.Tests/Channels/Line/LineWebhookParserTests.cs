using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Channels.Line;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>What each recorded LINE event means to the shop.</summary>
public sealed class LineWebhookParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARedelivery_HasTheSameInboxIdAsTheFirstDelivery()
    {
        var e = LineEvents.Text("U1", "hallo", "token", Now.AddSeconds(-2));
        var again = (JsonObject)e.DeepClone();
        again["deliveryContext"]!["isRedelivery"] = true;

        Single(e).PlatformMessageId.Should().Be(Single(again).PlatformMessageId).And.Be($"line-{e["webhookEventId"]}");
    }

    [Fact]
    public void Text_CarriesItsReplyToken_ReceivedNow()
    {
        var message = Single(LineEvents.Text("U1", "zeig mir rote sneaker", "token-1", Now.AddSeconds(-2)));

        message.Channel.Should().Be(Channel.Line);
        message.SenderId.Should().Be("U1");
        message.Text.Should().Be("zeig mir rote sneaker");
        message.Timestamp.Should().Be(Now.AddSeconds(-2));
        message.ReplyToken.Should().Be(new PlatformReplyToken("token-1", Now));
    }

    [Fact]
    public void Follow_IsAGreetingTurn()
    {
        Single(LineEvents.Event("follow.json", "U1", "t")).Payload.Should().Be("1:start");
    }

    [Fact]
    public void Postback_CarriesItsData()
    {
        Single(LineEvents.Postback("U1", "1:cart", "t")).Payload.Should().Be("1:cart");
    }

    [Fact]
    public void Image_IsAnAttachmentByMessageId_OrByItsExternalUrl()
    {
        var fromLine = LineEvents.Event("message-image.json", "U1", "t");
        var external = LineEvents.Event("message-image.json", "U1", "t");
        external["message"]!["contentProvider"] = new JsonObject { ["type"] = "external", ["originalContentUrl"] = "https://example.com/original.jpg" };

        Single(fromLine).Attachments.Should().Equal(new InboundAttachment("image", null, "354718705033693859"));
        Single(external).Attachments.Should().Equal(new InboundAttachment("image", "https://example.com/original.jpg", "354718705033693859"));
    }

    [Fact]
    public void Sticker_IsAStickerAttachment()
    {
        Single(LineEvents.Event("message-sticker.json", "U1", "t")).Attachments.Should().Equal(new InboundAttachment("sticker", null, "11537/52002738"));
    }

    [Fact]
    public void Unfollow_IsNoTurn_ButRecordsTheBlock()
    {
        var batch = Parse(LineEvents.Event("unfollow.json", "U1", null, Now.AddSeconds(-1)));

        batch.Messages.Should().BeEmpty();
        batch.Unfollows.Should().Equal(new LineUnfollow("U1", Now.AddSeconds(-1), Redelivered: false));
    }

    [Fact]
    public void GroupChats_StandbyEvents_AndOtherKinds_AreIgnored()
    {
        var standby = LineEvents.Text("U1", "hallo", "t");
        standby["mode"] = "standby";
        var join = LineEvents.Text("U1", "hallo", "t");
        join["type"] = "join";

        var batch = Parse(LineEvents.Event("message-group.json", "U1", "t"), standby, join);

        batch.Messages.Should().BeEmpty();
        batch.Ignored.Should().Be(3);
    }

    private static LineWebhookBatch Parse(params JsonObject[] events)
    {
        using var document = JsonDocument.Parse(LineEvents.Body(events));
        return LineWebhookParser.Parse(document.RootElement, Now)!;
    }

    private static InboundMessage Single(JsonObject e) => Parse(e).Messages.Should().ContainSingle().Subject;
}
