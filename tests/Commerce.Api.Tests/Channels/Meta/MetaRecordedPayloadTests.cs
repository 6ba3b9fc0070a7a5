using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>
/// Every payload in Channels/Fixtures/Recorded (copied from Meta's documentation and an SDK's test data, sources in
/// its README), signed and posted to the real webhook: a shopper's message is stored and answered, everything else
/// (echoes, receipts, reactions, edits, comments) is acknowledged and leaves no trace.
/// </summary>
public sealed class MetaRecordedPayloadTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    public enum Outcome
    {
        /// <summary>Stored as one turn and answered on the platform.</summary>
        Answered,

        /// <summary>200, nothing stored, nothing sent.</summary>
        Ignored,
    }

    private const string CartPayload = "1:cart";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Channel, file, what the shopper notices, the attachments kept for the operator, text the reply must contain.</summary>
    public static TheoryData<string, string, Outcome, string, string?> Payloads => new()
    {
        { "messenger", "messenger-text.json", Outcome.Answered, "", null },
        { "messenger", "messenger-text-reply-to.json", Outcome.Answered, "", null },
        { "messenger", "messenger-quick-reply.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "messenger", "messenger-postback.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "messenger", "messenger-image.json", Outcome.Answered, "image", "Danke für das Bild" },
        { "messenger", "messenger-link-share.json", Outcome.Answered, "", null },
        { "messenger", "messenger-echo.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-echo-standby.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-delivery.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-read.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-reaction.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-message-edit.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-referral.json", Outcome.Ignored, "", null },
        { "messenger", "messenger-postback-dashboard-test.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-text.json", Outcome.Answered, "", null },
        { "instagram", "instagram-story-reply.json", Outcome.Answered, "", null },
        { "instagram", "instagram-quick-reply.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "instagram", "instagram-postback.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "instagram", "instagram-image.json", Outcome.Answered, "image", "Danke für das Bild" },
        { "instagram", "instagram-share.json", Outcome.Answered, "share,ig_post", "Danke für das Bild" },
        { "instagram", "instagram-story-mention.json", Outcome.Answered, "story_mention", "Danke für das Bild" },
        { "instagram", "instagram-echo.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-deleted.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-unsupported.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-reaction.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-unreaction.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-read.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-message-edit.json", Outcome.Ignored, "", null },
        { "instagram", "instagram-comment.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-text.json", Outcome.Answered, "", null },
        { "whatsapp", "whatsapp-text-reply.json", Outcome.Answered, "", null },
        { "whatsapp", "whatsapp-text-forwarded.json", Outcome.Answered, "", null },
        { "whatsapp", "whatsapp-text-referral.json", Outcome.Answered, "", null },
        { "whatsapp", "whatsapp-button-reply.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "whatsapp", "whatsapp-list-reply.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "whatsapp", "whatsapp-template-button.json", Outcome.Answered, "", "Warenkorb ist leer" },
        { "whatsapp", "whatsapp-image.json", Outcome.Answered, "image", "Danke für das Bild" },
        { "whatsapp", "whatsapp-document.json", Outcome.Answered, "document", null },
        { "whatsapp", "whatsapp-voice.json", Outcome.Answered, "audio", null },
        { "whatsapp", "whatsapp-order.json", Outcome.Answered, "", "/pay/" },
        { "whatsapp", "whatsapp-reaction.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-unreaction.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-edit.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-revoke.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-location.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-unsupported.json", Outcome.Ignored, "", null },
        { "whatsapp", "whatsapp-interactive-error.json", Outcome.Ignored, "", null },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task RecordedPayload_IsHandledOrIgnoredOnPurpose(string channel, string file, Outcome outcome, string attachmentTypes, string? replyContains)
    {
        var kind = Enum.Parse<Channel>(channel, ignoreCase: true);
        var sender = kind == Channel.WhatsApp ? "49151" + Random.Shared.Next(10_000_000, 99_999_999) : MetaShopFactory.NewId();
        var mid = kind == Channel.WhatsApp ? "wamid." + Guid.NewGuid().ToString("N") : "m_" + Guid.NewGuid().ToString("N");
        var json = Fill(file, sender, mid);
        var storedBefore = await InboxCountAsync(kind);

        var response = await factory.PostWebhookAsync(channel, json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        if (outcome == Outcome.Answered)
        {
            InboxMessage? stored = null;
            await factory.WithDbAsync(async db => stored = await db.InboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ConversationKey == InboxMessage.KeyOf(kind, sender)));
            stored.Should().NotBeNull("a shopper's {0} is a turn", file);
            stored!.PlatformMessageId.Should().Be(mid, "redeliveries are recognised by the platform's message id");
            var reply = string.Join("\n", (await factory.Graph.NextReplyAsync(sender)).Select(m => m.ToJsonString(Readable)));
            if (replyContains is not null)
                reply.Should().Contain(replyContains);
        }
        else
        {
            await Task.Delay(500);
            (await InboxCountAsync(kind)).Should().Be(storedBefore, "{0} is no shopper's turn", file);
            factory.Graph.SentTo(sender).Should().BeEmpty();
        }

        List<string> kept = [];
        await factory.WithDbAsync(async db => kept = await db.ConversationAttachments.AsNoTracking()
            .Where(a => a.ConversationKey == InboxMessage.KeyOf(kind, sender)).OrderBy(a => a.Position).Select(a => a.Type).ToListAsync());
        kept.Should().Equal(attachmentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Delivery states from the platform's samples land on the message we sent: what an operator checks.</summary>
    [Theory]
    [InlineData("whatsapp-status-sent.json", "sent", null)]
    [InlineData("whatsapp-status-delivered.json", "delivered", null)]
    [InlineData("whatsapp-status-read.json", "read", null)]
    [InlineData("whatsapp-status-failed.json", "failed", "130472: User's number is part of an experiment")]
    public async Task RecordedWhatsAppStatus_IsRecordedOnTheSentMessage(string file, string status, string? error)
    {
        var from = "49151" + Random.Shared.Next(10_000_000, 99_999_999);
        await factory.PostWebhookAsync("whatsapp", Fill("whatsapp-text.json", from, "wamid." + Guid.NewGuid().ToString("N")));
        await factory.Graph.NextReplyAsync(from);
        OutboxMessage? sent = null;
        await factory.WithDbAsync(async db => sent = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.RecipientId == from));

        var response = await factory.PostWebhookAsync("whatsapp", Fill(file, from, sent!.PlatformMessageId!));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await factory.WithDbAsync(async db => sent = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == sent!.Id));
        sent!.DeliveryStatus.Should().Be(status);
        sent.Status.Should().Be(OutboxStatus.Sent);
        if (error is not null)
            sent.LastError.Should().Be(error);
        (await MetaTestData.InboxCountAsync(factory, Channel.WhatsApp, from)).Should().Be(1, "a status is no turn");
    }

    /// <summary>The fixture with our own ids filled in: ours where the platform's would clash or point elsewhere.</summary>
    private string Fill(string file, string sender, string mid) => MetaShopFactory.Fixture(Path.Combine("Recorded", file),
        ("PAGE_ID", file.StartsWith("instagram", StringComparison.Ordinal) ? MetaShopFactory.InstagramId : MetaShopFactory.PageId),
        ("PHONE_ID", MetaShopFactory.PhoneNumberId),
        ("SENDER", sender), ("FROM", sender), ("MID", mid), ("WAMID", mid),
        ("MEDIA_URL", $"{factory.Graph.BaseUrl}/media-files/{Guid.NewGuid():N}"),
        ("MEDIA_ID", Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString()),
        ("PAYLOAD", CartPayload),
        ("SKU1", "SOCK-3P"), ("SKU2", "SNK-RED-42"), ("SKU3", "TS-WHT-M"));

    private async Task<int> InboxCountAsync(Channel channel)
    {
        var count = 0;
        await factory.WithDbAsync(async db => count = await db.InboxMessages.CountAsync(m => m.Channel == channel));
        return count;
    }
}
