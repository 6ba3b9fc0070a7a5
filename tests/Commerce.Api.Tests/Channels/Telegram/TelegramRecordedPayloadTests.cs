using System.Net;
using Commerce.Application.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>
/// The example updates from Telegram's webhook guide (and one recorded photo update), posted to the real webhook
/// with the secret: messages and button presses in a private chat are stored and answered; edits and inline
/// queries are acknowledged and leave no trace. Sources: Channels/Fixtures/Recorded/README.md.
/// </summary>
public sealed class TelegramRecordedPayloadTests(TelegramShopFactory factory) : IClassFixture<TelegramShopFactory>
{
    /// <summary>File, whether it is a shopper's turn, the attachment kept with the turn, text one of the replies contains.</summary>
    public static TheoryData<string, bool, string?, string?> Updates => new()
    {
        { "telegram-message-text.json", true, null, null },
        { "telegram-message-forwarded.json", true, null, null },
        { "telegram-message-reply.json", true, null, null },
        { "telegram-message-entities.json", true, null, null },
        { "telegram-message-photo.json", true, "image", null },
        { "telegram-message-document.json", true, "file", "Danke für das Bild" },
        { "telegram-message-audio.json", true, null, "Schreib mir, was du suchst" },
        { "telegram-message-voice.json", true, null, "Schreib mir, was du suchst" },
        { "telegram-callback-query.json", true, null, "Warenkorb ist leer" },
        { "telegram-edited-message.json", false, null, null },
        { "telegram-inline-query.json", false, null, null },
        { "telegram-chosen-inline-result.json", false, null, null },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task RecordedUpdate_IsHandledOrIgnoredOnPurpose(string file, bool turn, string? attachment, string? replyContains)
    {
        var (updateId, chatId, callbackId) = (TelegramUpdates.NewId(), TelegramUpdates.NewId(), $"cb-{Guid.NewGuid():N}");
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Fixtures", "Recorded", file))
            .Replace("{{UPDATE_ID}}", updateId.ToString())
            .Replace("{{CHAT_ID}}", chatId.ToString())
            .Replace("{{CALLBACK_ID}}", callbackId)
            .Replace("{{DATA}}", "1:cart");

        var response = await TelegramUpdates.PostRawAsync(factory.CreateClient(), json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        InboundMessage? stored = null;
        await factory.WithDbAsync(async db => stored = (await db.InboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.PlatformMessageId == $"tg-update-{updateId}"))?.Message);
        if (!turn)
        {
            await Task.Delay(500);
            stored.Should().BeNull("{0} is no shopper's turn", file);
            factory.Telegram.For(chatId).Should().BeEmpty();
            return;
        }

        stored.Should().NotBeNull("{0} is a shopper's turn", file);
        stored!.SenderId.Should().Be(chatId.ToString());
        (stored.Attachments ?? []).Select(a => a.Type).Should().Equal(attachment is null ? [] : [attachment]);
        var sent = await factory.Telegram.WaitForAsync(c => c.ChatId == chatId && (replyContains is null || c.Text?.Contains(replyContains) == true));
        sent.Status.Should().Be(200);
        if (json.Contains("\"callback_query\"", StringComparison.Ordinal))
            await factory.Telegram.WaitForAsync(c => c.Method == "answerCallbackQuery" && c.Body.GetProperty("callback_query_id").GetString() == callbackId);
    }
}
