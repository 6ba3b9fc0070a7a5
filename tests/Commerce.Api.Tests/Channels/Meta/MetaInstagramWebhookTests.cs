using System.Net;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>Instagram Direct: the Send API shape, Instagram's own window rules.</summary>
public sealed class MetaInstagramWebhookTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    [Fact]
    public async Task GermanSearch_IsAnsweredWithACarousel_AndAnUpdateOutsideTheWindowIsUndeliverable()
    {
        var sender = MetaShopFactory.NewId();
        var json = MetaShopFactory.Fixture("instagram-text.json", ("ACCOUNT", MetaShopFactory.InstagramId), ("SENDER", sender),
            ("MID", "aWdfZAG1faWQ" + Guid.NewGuid().ToString("N")), ("TIMESTAMP", MetaTestData.Now()), ("TEXT", "zeig mir rote sneaker"));

        (await factory.PostWebhookAsync("instagram", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await factory.Graph.NextReplyAsync(sender);
        reply.Select(m => m["message"]!["attachment"]?["payload"]?["template_type"]?.GetValue<string>()).Should().Contain("generic");

        await MetaTestData.CloseWindowAsync(factory, Channel.Instagram, sender);
        var update = await MetaTestData.EnqueueAsync(factory, Channel.Instagram, sender, "update", new TextPart("Deine Bestellung ist unterwegs."));
        var outcome = await MetaTestData.WaitForOutcomeAsync(factory, update);

        outcome.Status.Should().Be(OutboxStatus.Undeliverable);
        outcome.LastError.Should().Contain("24-hour");
    }
}
