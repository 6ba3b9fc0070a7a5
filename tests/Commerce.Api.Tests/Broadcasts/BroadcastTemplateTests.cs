using System.Net;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Privacy;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Broadcasts;

/// <summary>WhatsApp outside the 24-hour window: the offer goes only as the approved marketing template.</summary>
public sealed class BroadcastTemplateTests(TemplateShopFactory factory) : IClassFixture<TemplateShopFactory>
{
    [Fact]
    public async Task OutsideTheWindow_TheOfferIsTheApprovedMarketingTemplate_InsideItAMessageWithProducts()
    {
        var (late, recent) = (PrivacyShopFactory.NewPhone(), PrivacyShopFactory.NewPhone());
        foreach (var phone in new[] { late, recent })
        {
            await factory.WhatsAppTextAsync(phone, "newsletter abonnieren");
            await factory.Graph.WaitForAsync(phone);
        }

        await MetaTestData.CloseWindowAsync(factory, Channel.WhatsApp, late);
        var merchant = factory.CreateMerchantClient();
        var id = await Broadcasting.CreateAsync(merchant, new
        {
            name = "Sale",
            text = new { de = "Sale:\nalles -30 %", en = "Sale: everything -30 %" },
            products = new[] { "SNK-RED" },
            channels = new[] { "WhatsApp" },
        });

        (await merchant.PostAsync($"/api/v1/broadcasts/{id}/send", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var detail = await Broadcasting.WaitUntilDoneAsync(merchant, id);

        var template = factory.Graph.SentTo(late).Last();
        template["type"]!.GetValue<string>().Should().Be("template");
        template["template"]!["name"]!.GetValue<string>().Should().Be(TemplateShopFactory.Template);
        template["template"]!["language"]!["code"]!.GetValue<string>().Should().Be("de_DE");
        var parameter = template["template"]!["components"]![0]!["parameters"]![0]!["text"]!.GetValue<string>();
        parameter.Should().Contain("Sale: alles -30 %").And.Contain("stop").And.NotContain("\n");
        PrivacyChats.Said(factory.Graph.SentTo(recent).TakeLast(3)).Should().Contain("Sale:\nalles -30 %").And.Contain("Sneaker Rot");
        var report = Broadcasting.Channel(detail, "WhatsApp");
        (report.GetProperty("recipients").GetInt32(), report.GetProperty("sent").GetInt32(), report.GetProperty("skipped").GetInt32()).Should().Be((2, 2, 0));
    }

    [Fact]
    public async Task Messenger_OffersGoOnlyWithMarketingMessagesConsent_ToItsToken_AndItsStopCounts()
    {
        var (consented, chatOnly, stopped) = (MetaShopFactory.NewId(), MetaShopFactory.NewId(), MetaShopFactory.NewId());
        var token = "nmt-" + Guid.NewGuid().ToString("N");
        (await Broadcasting.MessengerMarketingOptInAsync(factory, consented, token)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Broadcasting.MessengerTextAsync(factory, chatOnly, "newsletter abonnieren");
        await factory.Graph.WaitForAsync(chatOnly);
        await Broadcasting.MessengerMarketingOptInAsync(factory, stopped, "nmt-" + Guid.NewGuid().ToString("N"));
        await Broadcasting.MessengerMarketingOptInAsync(factory, stopped, null, stop: true);
        var merchant = factory.CreateMerchantClient();
        var id = await Broadcasting.CreateAsync(merchant, new { name = "Messenger", text = new { de = "Nur für Messenger" }, products = new[] { "SNK-RED" }, channels = new[] { "Messenger" } });

        (await merchant.PostAsync($"/api/v1/broadcasts/{id}/send", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var detail = await Broadcasting.WaitUntilDoneAsync(merchant, id);

        var sent = Broadcasting.SentToToken(factory.Graph, token);
        sent.Should().NotBeEmpty();
        sent.Should().OnlyContain(m => m["messaging_type"] == null && m["recipient"]!["id"] == null);
        PrivacyChats.Said(sent).Should().Contain("Nur für Messenger");
        factory.Graph.SentTo(chatOnly).Should().HaveCount(1, "saying subscribe in chat is not Messenger's marketing-messages consent");
        var report = Broadcasting.Channel(detail, "Messenger");
        (report.GetProperty("recipients").GetInt32(), report.GetProperty("sent").GetInt32(), report.GetProperty("skipped").GetInt32()).Should().Be((2, 1, 1),
            "the shopper who stopped marketing messages is no recipient at all");
        report.GetProperty("skippedReasons")[0].GetProperty("reason").GetString().Should().Contain("marketing-messages consent");
    }

    [Fact]
    public async Task AnOfferWaitingInTheOutbox_IsNotSent_AfterTheShopperSaidStop()
    {
        var phone = PrivacyShopFactory.NewPhone();
        await factory.WhatsAppTextAsync(phone, "newsletter abonnieren");
        await factory.Graph.WaitForAsync(phone);
        await factory.WhatsAppTextAsync(phone, "abmelden");
        await factory.Graph.WaitForAsync(phone, 2);
        var before = factory.Graph.SentTo(phone).Count;

        // An offer queued while the shopper was still subscribed, reaching the dispatcher after they said stop.
        var outboxId = await MetaTestData.EnqueueAsync(factory, Channel.WhatsApp, phone, OutboxMessage.BroadcastKind, new TextPart("Angebot"));
        var outcome = await MetaTestData.WaitForOutcomeAsync(factory, outboxId);

        outcome.Status.Should().Be(OutboxStatus.Undeliverable);
        outcome.LastError.Should().Contain("opted out");
        await Task.Delay(500);
        factory.Graph.SentTo(phone).Should().HaveCount(before);
        await factory.WithDbAsync(async db =>
            (await db.Conversations.SingleAsync(c => c.SenderId == phone)).OffersConsentWithdrawnAt.Should().NotBeNull());
    }
}
