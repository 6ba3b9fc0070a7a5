using System.Net;
using Commerce.Api.Tests.Channels.Line;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Channels.Telegram;

namespace Commerce.Api.Tests.Channels;

/// <summary>
/// A shop is quiet most of the time. Every sender paces itself with a token bucket; PartitionedRateLimiter throws
/// away a partition's bucket once it has been idle for 10 seconds (checked on a 100 ms timer, real time) and a
/// bucket counts as idle from the moment it is full again (one second after the last send). A sender must still
/// deliver after such a pause: the next message reaches the platform.
/// </summary>
public sealed class SendAfterIdleTests(MetaShopFactory meta, TelegramShopFactory telegram, LineShopFactory line)
    : IClassFixture<MetaShopFactory>, IClassFixture<TelegramShopFactory>, IClassFixture<LineShopFactory>
{
    /// <summary>1 s to refill + 10 s idle limit + the timer tick, with a margin for a busy machine.</summary>
    public static readonly TimeSpan PastIdleTimeout = TimeSpan.FromSeconds(13);

    [Fact]
    public async Task EverySendingChannel_StillDelivers_AfterItsRateLimiterWasIdlePastItsTimeout()
    {
        // The channels wait side by side, so the whole test waits past the timeout once.
        await Task.WhenAll(
            MetaAsync("messenger", MetaShopFactory.NewId(), (sender, text) => MetaShopFactory.Fixture("messenger-text.json",
                ("PAGE", MetaShopFactory.PageId), ("SENDER", sender), ("MID", "m_" + Guid.NewGuid().ToString("N")), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", text))),
            MetaAsync("instagram", MetaShopFactory.NewId(), (sender, text) => MetaShopFactory.Fixture("instagram-text.json",
                ("ACCOUNT", MetaShopFactory.InstagramId), ("SENDER", sender), ("MID", "aWdf" + Guid.NewGuid().ToString("N")), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", text))),
            MetaAsync("whatsapp", "49151" + Random.Shared.Next(10_000_000, 99_999_999), (sender, text) => MetaShopFactory.Fixture("whatsapp-text.json",
                ("PHONE_ID", MetaShopFactory.PhoneNumberId), ("FROM", sender), ("WAMID", "wamid." + Guid.NewGuid().ToString("N")),
                ("TIMESTAMP", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()), ("TEXT", text))),
            TelegramAsync(),
            LineAsync());
    }

    private async Task LineAsync()
    {
        var user = LineEvents.NewUserId();
        var client = line.CreateClient();
        (await LineEvents.PostAsync(client, LineEvents.Text(user, "hallo", line.Line.IssueReplyToken(user)))).StatusCode.Should().Be(HttpStatusCode.OK);
        await line.Line.WaitForCountAsync(user, 1);

        await Task.Delay(PastIdleTimeout);

        (await LineEvents.PostAsync(client, LineEvents.Text(user, "mein warenkorb", line.Line.IssueReplyToken(user)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await line.Line.WaitForCountAsync(user, 2);
        second.Status.Should().Be(200, "the LINE reply after the pause must reach the Messaging API");
    }

    private async Task MetaAsync(string channel, string sender, Func<string, string, string> inbound)
    {
        (await meta.PostWebhookAsync(channel, inbound(sender, "hallo"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var first = await meta.Graph.NextReplyAsync(sender);

        await Task.Delay(PastIdleTimeout);

        (await meta.PostWebhookAsync(channel, inbound(sender, "mein warenkorb"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await meta.Graph.WaitForAsync(sender, first.Count + 1);
        second.Count.Should().BeGreaterThan(first.Count, $"the {channel} reply after the pause must reach the platform");
    }

    private async Task TelegramAsync()
    {
        var chatId = TelegramUpdates.NewId();
        var client = telegram.CreateClient();
        (await TelegramUpdates.PostAsync(client, TelegramUpdates.Text(chatId, "hallo"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await telegram.Telegram.WaitForAsync(c => c.ChatId == chatId);
        var before = 0;
        while (telegram.Telegram.For(chatId).Count != before)
        {
            before = telegram.Telegram.For(chatId).Count;
            await Task.Delay(700);
        }

        await Task.Delay(PastIdleTimeout);

        (await TelegramUpdates.PostAsync(client, TelegramUpdates.Text(chatId, "mein warenkorb"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await telegram.Telegram.WaitForAsync(c => c.ChatId == chatId && telegram.Telegram.For(chatId).Count > before);
        telegram.Telegram.For(chatId).Should().HaveCountGreaterThan(before, "the Telegram reply after the pause must reach the Bot API");
    }
}
