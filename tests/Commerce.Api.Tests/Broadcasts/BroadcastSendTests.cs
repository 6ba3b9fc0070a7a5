using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Privacy;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Tests.Broadcasts;

/// <summary>An offer to everyone who opted in, on every channel, each by its own rules.</summary>
public sealed class BroadcastSendTests(PrivacyShopFactory factory) : IClassFixture<PrivacyShopFactory>
{
    [Fact]
    public async Task Offer_ReachesOnlyOptedInChats_EachChannelByItsRules_AndTheReportSaysSo()
    {
        var subscribed = await PrivacyChats.WebChatAsync(factory);
        await subscribed.SayAsync("newsletter abonnieren");
        var silent = await PrivacyChats.WebChatAsync(factory);
        await silent.SayAsync("hallo");
        var (inWindow, outOfWindow) = (PrivacyShopFactory.NewPhone(), PrivacyShopFactory.NewPhone());
        await SubscribeOnWhatsAppAsync(inWindow);
        await SubscribeOnWhatsAppAsync(outOfWindow);
        await MetaTestData.CloseWindowAsync(factory, Channel.WhatsApp, outOfWindow);
        var messenger = MetaShopFactory.NewId();
        await Broadcasting.MessengerTextAsync(factory, messenger, "newsletter abonnieren");
        await factory.Graph.WaitForAsync(messenger);
        var (instagram, instagramLate) = (MetaShopFactory.NewId(), MetaShopFactory.NewId());
        foreach (var sender in new[] { instagram, instagramLate })
        {
            await Broadcasting.InstagramTextAsync(factory, sender, "newsletter abonnieren");
            await factory.Graph.WaitForAsync(sender);
        }

        await MetaTestData.CloseWindowAsync(factory, Channel.Instagram, instagramLate);
        var before = new[] { inWindow, outOfWindow, messenger, instagram, instagramLate }.ToDictionary(r => r, r => factory.Graph.SentTo(r).Count);
        var merchant = factory.CreateMerchantClient();

        var id = await Broadcasting.CreateAsync(merchant, new
        {
            name = "Herbst",
            text = new { de = "Herbstangebot: 20 % auf Sneaker!", en = "Autumn offer: 20 % off sneakers!" },
            products = new[] { "SNK-RED", "WATCH-SLV" },
        });
        var send = await merchant.PostAsync($"/api/v1/broadcasts/{id}/send", null);
        var detail = await Broadcasting.WaitUntilDoneAsync(merchant, id);

        send.StatusCode.Should().Be(HttpStatusCode.OK);
        (await send.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32().Should().Be(6);
        var offer = await subscribed.NextReplyAsync();
        offer[0].GetProperty("text").GetString().Should().Contain("Herbstangebot: 20 % auf Sneaker!").And.Contain("„stop“");
        offer[1].GetProperty("type").GetString().Should().Be("carousel");
        offer[1].GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("sku").GetString()).Should().Equal("SNK-RED", "WATCH-SLV");
        (await silent.NextReplyAsync(waitSeconds: 1)).Should().BeEmpty("who did not opt in gets nothing");
        PrivacyChats.Said(factory.Graph.SentTo(inWindow).Skip(before[inWindow])).Should().Contain("Herbstangebot");
        factory.Graph.SentTo(outOfWindow).Should().HaveCount(before[outOfWindow], "outside the window WhatsApp needs a marketing template, and none is configured");
        factory.Graph.SentTo(messenger).Should().HaveCount(before[messenger], "Messenger needs marketing-messages consent");
        PrivacyChats.Said(factory.Graph.SentTo(instagram).Skip(before[instagram])).Should().Contain("Herbstangebot");
        factory.Graph.SentTo(instagramLate).Should().HaveCount(before[instagramLate], "Instagram only inside the window");

        detail.GetProperty("broadcast").GetProperty("status").GetString().Should().Be("Completed");
        var web = Broadcasting.Channel(detail, "WebChat");
        (web.GetProperty("recipients").GetInt32(), web.GetProperty("sent").GetInt32(), web.GetProperty("skipped").GetInt32()).Should().Be((1, 1, 0));
        web.GetProperty("delivered").ValueKind.Should().Be(JsonValueKind.Null, "the web chat reports no deliveries");
        var whatsApp = Broadcasting.Channel(detail, "WhatsApp");
        (whatsApp.GetProperty("recipients").GetInt32(), whatsApp.GetProperty("sent").GetInt32(), whatsApp.GetProperty("skipped").GetInt32()).Should().Be((2, 1, 1));
        whatsApp.GetProperty("skippedReasons")[0].GetProperty("reason").GetString().Should().Contain("marketing template");
        whatsApp.GetProperty("delivered").ValueKind.Should().Be(JsonValueKind.Number);
        var messengerReport = Broadcasting.Channel(detail, "Messenger");
        (messengerReport.GetProperty("recipients").GetInt32(), messengerReport.GetProperty("skipped").GetInt32()).Should().Be((1, 1));
        messengerReport.GetProperty("skippedReasons")[0].GetProperty("reason").GetString().Should().Contain("marketing-messages consent");
        var instagramReport = Broadcasting.Channel(detail, "Instagram");
        (instagramReport.GetProperty("recipients").GetInt32(), instagramReport.GetProperty("sent").GetInt32(), instagramReport.GetProperty("skipped").GetInt32()).Should().Be((2, 1, 1));
        instagramReport.GetProperty("skippedReasons")[0].GetProperty("reason").GetString().Should().Contain("inside the 24-hour window");

        // The shopper orders from the offer, then says stop: the report counts both; the next offer does not reach them.
        await subscribed.SayAsync("1 basecap in den warenkorb");
        await subscribed.CheckoutAsync();
        PrivacyChats.Said(await subscribed.SayAsync("stop")).Should().Contain("won't receive offers");
        var after = Broadcasting.Channel(await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/broadcasts/{id}"), "WebChat");
        after.GetProperty("ordersWithin7Days").GetInt32().Should().Be(1);
        after.GetProperty("ordersTotalMinor").GetInt64().Should().BeGreaterThan(0);
        after.GetProperty("optedOutAfter").GetInt32().Should().Be(1);

        var next = await Broadcasting.CreateAsync(merchant, new { name = "Winter", text = new { de = "Winterangebot" }, channels = new[] { "WebChat" } });
        (await merchant.PostAsync($"/api/v1/broadcasts/{next}/send", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var nextDetail = await Broadcasting.WaitUntilDoneAsync(merchant, next);
        nextDetail.GetProperty("broadcast").GetProperty("recipients").GetInt32().Should().Be(0);
        (await subscribed.NextReplyAsync(waitSeconds: 1)).Should().BeEmpty("\"stop\" took effect before the next send");
    }

    [Fact]
    public async Task SendingTwice_OrAfterCancelling_Is409_AndUnknownIs404()
    {
        var merchant = factory.CreateMerchantClient();
        var sent = await Broadcasting.CreateAsync(merchant, new { name = "Einmal", text = new { de = "Nur einmal" }, channels = new[] { "Telegram" } });
        var cancelled = await Broadcasting.CreateAsync(merchant, new { name = "Abgesagt", text = new { de = "Doch nicht" } });

        (await merchant.PostAsync($"/api/v1/broadcasts/{sent}/send", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await merchant.PostAsync($"/api/v1/broadcasts/{sent}/send", null);
        (await merchant.PostAsync($"/api/v1/broadcasts/{cancelled}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterCancel = await merchant.PostAsync($"/api/v1/broadcasts/{cancelled}/send", null);
        var unknown = await merchant.PostAsync($"/api/v1/broadcasts/{Guid.NewGuid()}/send", null);

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        afterCancel.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var detail = await merchant.GetFromJsonAsync<JsonElement>($"/api/v1/broadcasts/{cancelled}");
        detail.GetProperty("broadcast").GetProperty("status").GetString().Should().Be("Cancelled");
        detail.GetProperty("broadcast").GetProperty("recipients").GetInt32().Should().Be(0);
    }

    private async Task SubscribeOnWhatsAppAsync(string phone)
    {
        await factory.WhatsAppTextAsync(phone, "newsletter abonnieren");
        await factory.Graph.WaitForAsync(phone);
    }
}
