using System.Net;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Channels.Meta;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>What Meta (or someone pretending to be Meta) may send that is not a neat single message.</summary>
public sealed class MetaBadInputTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    [Fact]
    public async Task ThreeMegabyteBody_Is413_AndNothingIsStored()
    {
        var sender = MetaShopFactory.NewId();
        var json = Delivery("page", [Messaging(sender, "m_big_" + sender, new string('x', 3 * 1024 * 1024))]);

        var response = await factory.PostWebhookAsync("messenger", json);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(0);
    }

    [Fact]
    public async Task TruncatedJson_IsRejectedWith400()
    {
        var json = Delivery("page", [Messaging(MetaShopFactory.NewId(), "m_cut", "hallo")]);

        var response = await factory.PostWebhookAsync("messenger", json[..(json.Length / 2)]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownObject_IsAcknowledgedAndIgnored()
    {
        var sender = MetaShopFactory.NewId();

        var response = await factory.PostWebhookAsync("messenger", Delivery("user", [Messaging(sender, "m_user_" + sender, "hallo")]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(0);
    }

    [Fact]
    public async Task FiveHundredEntries_AreAllStoredOnce()
    {
        var senders = Enumerable.Range(0, 500).Select(_ => MetaShopFactory.NewId()).ToList();
        var json = Delivery("page", senders.Select(s => Messaging(s, "m_many_" + s, "danke")).ToArray(), entryPerItem: true);

        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.PostWebhookAsync("messenger", json)).StatusCode.Should().Be(HttpStatusCode.OK);

        var stored = 0;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.CountAsync(m => m.Channel == Channel.Messenger && m.PlatformMessageId.StartsWith("m_many_")));
        stored.Should().Be(500);
    }

    private static JsonObject Messaging(string sender, string mid, string text) => new()
    {
        ["sender"] = new JsonObject { ["id"] = sender },
        ["recipient"] = new JsonObject { ["id"] = MetaShopFactory.PageId },
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        ["message"] = new JsonObject { ["mid"] = mid, ["text"] = text },
    };

    private static string Delivery(string objectType, JsonObject[] items, bool entryPerItem = false)
    {
        JsonObject Entry(IEnumerable<JsonObject> messaging) => new()
        {
            ["id"] = MetaShopFactory.PageId,
            ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["messaging"] = new JsonArray(messaging.Select(m => (JsonNode)m).ToArray()),
        };
        var entries = entryPerItem ? items.Select(i => Entry([i])) : [Entry(items)];
        return new JsonObject { ["object"] = objectType, ["entry"] = new JsonArray(entries.Select(e => (JsonNode)e).ToArray()) }.ToJsonString();
    }
}
