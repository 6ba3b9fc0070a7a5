using System.Net;
using System.Text;
using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>A shopper on Telegram, end to end: webhook, turn, outbox, and the calls the fake Bot API receives.</summary>
public sealed class TelegramConversationTests(TelegramShopFactory factory) : IClassFixture<TelegramShopFactory>
{
    private FakeTelegramServer Telegram => factory.Telegram;

    [Fact]
    public async Task GermanSearch_IsAnsweredWithTheProductAndItsButtons()
    {
        var chatId = TelegramUpdates.NewId();

        (await SendAsync(TelegramUpdates.Text(chatId, "zeig mir rote sneaker"))).Should().Be(HttpStatusCode.OK);

        var card = await ProductButtonsAsync(chatId);
        card.Token.Should().Be(TelegramShopFactory.BotToken);
        card.Method.Should().Be("sendPhoto", "one match is shown as a photo with its buttons");
        card.Body.GetProperty("photo").GetString().Should().EndWith("/images/snk-red.svg");
        card.Body.GetProperty("caption").GetString().Should().StartWith("Sneaker Rot").And.Contain("59,90 €");
        card.Buttons.Should().OnlyContain(b => b.Data != null && Encoding.UTF8.GetByteCount(b.Data) <= 64);
    }

    [Fact]
    public async Task SeveralResults_AreAnAlbumFollowedByOneButtonRowPerProduct()
    {
        var chatId = TelegramUpdates.NewId();

        await SendAsync(TelegramUpdates.Text(chatId, "kaffee"));

        var keyboard = await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Buttons.Any(b => b.Text.StartsWith("1 · ", StringComparison.Ordinal)));
        var album = Telegram.For(chatId).Single(c => c.Method == "sendMediaGroup");
        var photos = album.Body.GetProperty("media").GetArrayLength();
        photos.Should().BeInRange(2, 10);
        keyboard.Buttons.Should().HaveCount(photos).And.OnlyContain(b => b.Data != null && Encoding.UTF8.GetByteCount(b.Data) <= 64);
    }

    [Fact]
    public async Task AFailureMidReply_ResumesAfterWhatWentThrough_AndTheProgressIsKeptOnTheRow()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 500, "Internal Server Error", method: "sendMediaGroup");

        await SendAsync(TelegramUpdates.Text(chatId, "kaffee"));

        await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Status == 200 && c.Buttons.Any(b => b.Text.StartsWith("1 · ", StringComparison.Ordinal)));
        var calls = Telegram.For(chatId);
        calls.Count(c => c.Method == "sendMediaGroup").Should().Be(2, "the album failed once and was sent again");
        calls.Count(c => c.Text?.Contains("gefunden") == true).Should().Be(1, "the text before the album went through and is not repeated");
        var outbox = await WaitForFinalAsync(chatId);
        outbox.Status.Should().Be(OutboxStatus.Sent);
        outbox.Attempts.Should().Be(2);
        outbox.SentParts.Should().Be(3, "the progress is counted on the row (text, album, buttons), not in the process's memory");
    }

    [Fact]
    public async Task AddToCartButton_IsAnsweredAndTheCallbackAcknowledged()
    {
        var chatId = TelegramUpdates.NewId();
        await SendAsync(TelegramUpdates.Text(chatId, "zeig mir rote sneaker"));
        var addPayload = (await ProductButtonsAsync(chatId)).Buttons.First().Data!;
        var callbackId = $"cb-{chatId}";

        (await SendAsync(TelegramUpdates.Callback(chatId, addPayload, callbackId))).Should().Be(HttpStatusCode.OK);

        var ack = await Telegram.WaitForAsync(c => c.Method == "answerCallbackQuery" && c.Body.GetProperty("callback_query_id").GetString() == callbackId);
        ack.Status.Should().Be(200);
        var question = await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Text?.Contains("Größe") == true);
        question.Buttons.Select(b => b.Text).Should().Contain("42");
    }

    [Fact]
    public async Task PhotoRefusedByTelegram_IsSentAsTextWithTheSameButtons()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 400, "Bad Request: wrong type of the web page content", method: "sendPhoto");

        await SendAsync(TelegramUpdates.Text(chatId, "zeig mir rote sneaker"));

        var text = await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Method == "sendMessage" && c.Buttons.Any());
        text.Text.Should().StartWith("Sneaker Rot");
        (await WaitForFinalAsync(chatId)).Status.Should().Be(OutboxStatus.Sent);
    }

    [Fact]
    public async Task BadRequest_IsAPermanentFailureWithTelegramsDescription()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 400, "Bad Request: chat not found");

        await SendAsync(TelegramUpdates.Text(chatId, "hallo"));

        var outbox = await WaitForFinalAsync(chatId);
        outbox.Status.Should().Be(OutboxStatus.Failed);
        outbox.LastError.Should().Contain("chat not found");
    }

    [Fact]
    public async Task TheBotToken_NeverAppearsInTheLogs()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 500, "Internal Server Error");

        await SendAsync(TelegramUpdates.Text(chatId, "kaffee"));

        await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Status == 200 && c.Buttons.Any());
        factory.Logs.Lines.Should().NotBeEmpty().And.NotContain(line => line.Contains(TelegramShopFactory.BotToken));
        factory.Logs.Lines.Should().NotContain(line => line.Contains("/bot"), "request URLs are not logged");
    }

    [Fact]
    public async Task SameUpdateTwice_IsAnsweredOnce()
    {
        var chatId = TelegramUpdates.NewId();
        var update = TelegramUpdates.Text(chatId, "hallo");

        (await SendAsync(update)).Should().Be(HttpStatusCode.OK);
        (await SendAsync(update)).Should().Be(HttpStatusCode.OK);

        await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Method == "sendMessage");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Telegram.For(chatId).Should().ContainSingle("a redelivered update has no second effect");
    }

    [Fact]
    public async Task FloodControl_IsRetriedAfterRetryAfterAndThenSent()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 429, "Too Many Requests: retry after 1", retryAfter: 1);

        await SendAsync(TelegramUpdates.Text(chatId, "hallo"));

        var sent = await Telegram.WaitForAsync(c => c.ChatId == chatId && c.Status == 200);
        var calls = Telegram.For(chatId);
        calls[0].Status.Should().Be(429);
        sent.Method.Should().Be(calls[0].Method);
        var outbox = await WaitForFinalAsync(chatId);
        outbox.Status.Should().Be(OutboxStatus.Sent);
        outbox.Attempts.Should().Be(2);
        outbox.PlatformMessageId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task BlockedByTheUser_IsRecordedAndNotRetried()
    {
        var chatId = TelegramUpdates.NewId();
        Telegram.FailNext(chatId, 403, "Forbidden: bot was blocked by the user");

        await SendAsync(TelegramUpdates.Text(chatId, "hallo"));

        await Telegram.WaitForAsync(c => c.ChatId == chatId);
        var outbox = await WaitForFinalAsync(chatId);
        outbox.Status.Should().Be(OutboxStatus.Undeliverable);
        outbox.LastError.Should().Contain("blocked by the user");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Telegram.For(chatId).Should().ContainSingle("a blocked chat is not tried again");
    }

    private async Task<HttpStatusCode> SendAsync(System.Text.Json.Nodes.JsonNode update) =>
        (await TelegramUpdates.PostAsync(factory.CreateClient(), update)).StatusCode;

    /// <summary>The photo of a single result, carrying the card's buttons (add to cart first).</summary>
    private Task<FakeTelegramServer.Call> ProductButtonsAsync(long chatId) =>
        Telegram.WaitForAsync(c => c.ChatId == chatId && c.Method == "sendPhoto" && c.Buttons.Any());

    private async Task<OutboxMessage?> OutboxAsync(long chatId)
    {
        OutboxMessage? message = null;
        await factory.WithDbAsync(async db => message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.RecipientId == chatId.ToString()));
        return message;
    }

    /// <summary>The chat's reply once the dispatcher has settled it (written by the turn, then sent or given up).</summary>
    private async Task<OutboxMessage> WaitForFinalAsync(long chatId)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await OutboxAsync(chatId) is { Status: not OutboxStatus.Pending } message)
                return message;
            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox message stayed pending.");
    }
}
