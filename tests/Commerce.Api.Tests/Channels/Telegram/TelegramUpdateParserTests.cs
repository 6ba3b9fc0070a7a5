using System.Text.Json;
using Commerce.Channels.Telegram;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>The Bot API's documented update shapes (recorded as fixtures) become neutral inbound messages.</summary>
public sealed class TelegramUpdateParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Photo_BecomesAnImageAttachmentOfTheLargestSize_WithTheCaptionAsText()
    {
        var parsed = Parse("message_photo.json");

        var message = parsed.Message!;
        message.PlatformMessageId.Should().Be("tg-update-10001");
        message.SenderId.Should().Be("1111111");
        message.Attachments.Should().ContainSingle().Which.MediaId.Should().Be("AgACAgIAAxkBAAIBlarge");
        message.Text.Should().Be("habt ihr das in rot?");
        message.LanguageHint.Should().Be("en", "en-GB is English");
        message.Timestamp.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1735732860));
    }

    [Fact]
    public void CallbackQuery_BecomesAPayloadAndIsToBeAnswered()
    {
        var parsed = Parse("callback_query.json");

        parsed.CallbackQueryId.Should().Be("4382bfdwdsb323b2d9");
        parsed.Message!.Payload.Should().Be("1:cart");
        parsed.Message.SenderId.Should().Be("1111111");
        parsed.Message.Timestamp.Should().Be(Now);
    }

    [Theory]
    [InlineData("edited_message.json")]
    [InlineData("channel_post.json")]
    [InlineData("group_message.json")]
    public void OtherUpdates_AreNoTurn(string fixture)
    {
        var parsed = Parse(fixture);

        parsed.Message.Should().BeNull();
        parsed.CallbackQueryId.Should().BeNull();
    }

    private static ParsedUpdate Parse(string fixture) =>
        TelegramUpdateParser.Parse(JsonSerializer.Deserialize<TelegramUpdate>(TelegramUpdates.Load(fixture).ToJsonString())!, Now);
}
