using System.Net;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>The webhook's gatekeeping: secret, size, shape, and which updates count as a shopper's turn.</summary>
public sealed class TelegramWebhookTests(TelegramShopFactory factory) : IClassFixture<TelegramShopFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("s3cret_Token-for-test")]
    public async Task WrongOrMissingSecret_Is401AndNothingIsStored(string? secret)
    {
        var updateId = TelegramUpdates.NewId();

        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), TelegramUpdates.Text(TelegramUpdates.NewId(), "hallo", updateId), secret);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await StoredAsync(updateId)).Should().BeFalse();
    }

    [Fact]
    public async Task TextMessage_IsStoredWithItsUpdateIdAndLanguage()
    {
        var chatId = TelegramUpdates.NewId();
        var update = TelegramUpdates.Text(chatId, "hallo");

        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), update);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        InboundMessage? stored = null;
        await factory.WithDbAsync(async db => stored = (await db.InboxMessages.SingleAsync(m => m.PlatformMessageId == $"tg-update-{update["update_id"]}")).Message);
        stored!.SenderId.Should().Be(chatId.ToString());
        stored.Text.Should().Be("hallo");
        stored.LanguageHint.Should().Be("de");
    }

    [Theory]
    [InlineData("edited_message.json")]
    [InlineData("channel_post.json")]
    [InlineData("group_message.json")]
    public async Task UpdatesThatAreNoShopperTurn_AreAcknowledgedButNotStored(string fixture)
    {
        var update = TelegramUpdates.Load(fixture);
        var updateId = TelegramUpdates.NewId();
        update["update_id"] = updateId;

        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), update);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StoredAsync(updateId)).Should().BeFalse();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"message\":{\"text\":\"no update id\"}}")]
    public async Task MalformedJson_Is400(string body)
    {
        var response = await TelegramUpdates.PostRawAsync(factory.CreateClient(), body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BodyOverTheDefaultLimitButUnderOneMegabyte_IsAccepted()
    {
        var update = TelegramUpdates.Text(TelegramUpdates.NewId(), new string('x', 600 * 1024));

        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), update);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BodyOverOneMegabyte_Is413()
    {
        var update = TelegramUpdates.Text(TelegramUpdates.NewId(), new string('x', 1024 * 1024 + 10));

        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), update);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<bool> StoredAsync(long updateId)
    {
        var stored = false;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.AnyAsync(m => m.Channel == Channel.Telegram && m.PlatformMessageId == $"tg-update-{updateId}"));
        return stored;
    }
}
