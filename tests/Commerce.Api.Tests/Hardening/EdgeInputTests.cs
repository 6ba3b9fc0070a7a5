using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Commerce.Api.Tests.Catalog;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Channels.Telegram;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Hardening;

/// <summary>Inputs at the limits of their types: valid ones are served, the rest refused with a 400 naming the field — never a 500.</summary>
public sealed class EdgeInputTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    [Theory]
    [InlineData("/api/v1/products")]
    [InlineData("/api/v1/orders")]
    [InlineData("/api/v1/conversations")]
    public async Task TheLastPossiblePage_IsAnEmptyPage(string list)
    {
        var response = await factory.CreateMerchantClient().GetAsync($"{list}?page=2147483647&pageSize=100");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("page=2147483648")]
    [InlineData("page=-2147483648")]
    [InlineData("pageSize=2147483647")]
    [InlineData("page=1e3")]
    public async Task PagingOutOfRange_Is400(string query)
    {
        var response = await factory.CreateMerchantClient().GetAsync($"/api/v1/products?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("1e17")]
    [InlineData("1000000.01")]
    [InlineData("79228162514264337593543950335")]
    public async Task AnAbsurdPrice_Is400NamingIt_AndCreatesNothing(string amount)
    {
        var client = factory.CreateMerchantClient();
        var category = await client.CreateCategoryAsync($"edge-{Guid.NewGuid():N}"[..20]);
        var sku = $"EDGE-{Guid.NewGuid():N}"[..16];
        var body = $$$"""{"sku":"{{{sku}}}","categoryId":"{{{category.Id}}}","name":{"de":"X"},"price":{"amount":{{{amount}}},"currency":"EUR"},"stock":1}""";

        var response = await client.PostAsync("/api/v1/products", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("price");
        (await client.GetAsync($"/api/v1/products/{sku}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task StockAtTheLimitOfItsType_Is400_AndAdjustingCannotOverflow()
    {
        var client = factory.CreateMerchantClient();
        var category = await client.CreateCategoryAsync($"edge-{Guid.NewGuid():N}"[..20]);
        var sku = $"EDGE-{Guid.NewGuid():N}"[..16];
        var created = await client.PostAsJsonAsync("/api/v1/products", new { sku, categoryId = category.Id, name = new { de = "X" }, price = new { amount = 1, currency = "EUR" }, stock = 1 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var huge = await client.PutAsJsonAsync($"/api/v1/products/{id}/stock", new { quantity = int.MaxValue, reason = "x" });
        var atLimit = await client.PutAsJsonAsync($"/api/v1/products/{id}/stock", new { quantity = 1_000_000_000, reason = "x" });
        var past = await client.PostAsJsonAsync($"/api/v1/products/{id}/stock/adjustments", new { delta = 1_000_000, reason = "x" });

        huge.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await huge.ErrorFieldsAsync()).Should().Contain("quantity");
        atLimit.StatusCode.Should().Be(HttpStatusCode.OK);
        past.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await client.GetProductAsync(sku)).Stock.Should().Be(1_000_000_000);
    }

    [Fact]
    public async Task AFullMessengerDelivery_OfAThousandMessages_IsAccepted()
    {
        var sender = MetaShopFactory.NewId();
        var events = Enumerable.Range(0, 1000).Select(i => new
        {
            sender = new { id = sender },
            recipient = new { id = MetaShopFactory.PageId },
            timestamp = 1_700_000_000_000L + i,
            message = new { mid = $"m_{Guid.NewGuid():N}{i}", text = $"Hallo, ich suche rote Sneaker in Größe 43, Nachricht Nummer {i} von tausend, bitte schnell, und habt ihr die auch in Weiß oder Schwarz? Danke!" },
        });
        var json = JsonSerializer.Serialize(new { @object = "page", entry = new[] { new { id = MetaShopFactory.PageId, time = 1, messaging = events } } });
        json.Length.Should().BeGreaterThan(256 * 1024, "over the default limit for small requests");

        var response = await factory.PostWebhookAsync("messenger", json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(1000);
    }

    [Theory]
    [InlineData("99999999999999999")]
    [InlineData("-1")]
    [InlineData("9223372036854775807")]
    [InlineData("\"soon\"")]
    [InlineData("1e300")]
    public async Task MessengerTimestampsOutOfRange_AreStoredWithTheirReceiveTime(string timestamp)
    {
        var sender = MetaShopFactory.NewId();
        var good = MetaShopFactory.NewId();
        var json = $$$"""
            {"object":"page","entry":[{"id":"{{{MetaShopFactory.PageId}}}","time":{{{timestamp}}},"messaging":[
              {"sender":{"id":"{{{sender}}}"},"recipient":{"id":"{{{MetaShopFactory.PageId}}}"},"timestamp":{{{timestamp}}},"message":{"mid":"m_{{{Guid.NewGuid():N}}}","text":"hallo"}},
              {"sender":{"id":"{{{good}}}"},"recipient":{"id":"{{{MetaShopFactory.PageId}}}"},"timestamp":1700000000000,"message":{"mid":"m_{{{Guid.NewGuid():N}}}","text":"hallo"}}]}]}
            """;

        var response = await factory.PostWebhookAsync("messenger", json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, sender)).Should().Be(1);
        (await MetaTestData.InboxCountAsync(factory, Channel.Messenger, good)).Should().Be(1, "one odd event does not cost the others");
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-5")]
    [InlineData("9223372036854775807")]
    public async Task WhatsAppTimestampsOutOfRange_AreStored(string timestamp)
    {
        var from = "49151" + Random.Shared.Next(10_000_000, 99_999_999);
        var json = $$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[{"field":"messages","value":{
              "messaging_product":"whatsapp","metadata":{"display_phone_number":"4930000000","phone_number_id":"{{{MetaShopFactory.PhoneNumberId}}}"},
              "contacts":[{"profile":{"name":"X"},"wa_id":"{{{from}}}"}],
              "messages":[{"from":"{{{from}}}","id":"wamid.{{{Guid.NewGuid():N}}}","timestamp":"{{{timestamp}}}","type":"text","text":{"body":"hallo"}}]}}]}]}
            """;

        var response = await factory.PostWebhookAsync("whatsapp", json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await MetaTestData.InboxCountAsync(factory, Channel.WhatsApp, from)).Should().Be(1);
    }
}

/// <summary>Telegram updates at the edges: answered, stored where they are a turn, never a 500.</summary>
public sealed class TelegramEdgeInputTests(TelegramShopFactory factory) : IClassFixture<TelegramShopFactory>
{
    [Fact]
    public async Task ACallbackQueryWithoutFrom_IsAnsweredButIsNoTurn()
    {
        var updateId = TelegramUpdates.NewId();
        var body = $$$"""{"update_id":{{{updateId}}},"callback_query":{"id":"cb-{{{updateId}}}","chat_instance":"1","data":"1:cart"}}""";

        var response = await TelegramUpdates.PostRawAsync(factory.CreateClient(), body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = true;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.AnyAsync(m => m.PlatformMessageId == $"tg-update-{updateId}"));
        stored.Should().BeFalse();
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("-1")]
    [InlineData("9223372036854775807")]
    public async Task AMessageDateOutOfRange_IsStored(string date)
    {
        var updateId = TelegramUpdates.NewId();
        var chat = Random.Shared.NextInt64(100_000, 999_999_999);
        var body = $$$"""{"update_id":{{{updateId}}},"message":{"message_id":1,"date":{{{date}}},"chat":{"id":{{{chat}}},"type":"private"},"from":{"id":{{{chat}}},"is_bot":false},"text":"hallo"}}""";

        var response = await TelegramUpdates.PostRawAsync(factory.CreateClient(), body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = false;
        await factory.WithDbAsync(async db => stored = await db.InboxMessages.AnyAsync(m => m.PlatformMessageId == $"tg-update-{updateId}"));
        stored.Should().BeTrue();
    }
}

/// <summary>The API with its database unreachable: callers are told to come back (503 + Retry-After), never a 500.</summary>
public sealed class DatabaseDownFactory : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Channels:Telegram:BotToken"] = TelegramShopFactory.BotToken,
        ["Channels:Telegram:SecretToken"] = TelegramShopFactory.SecretToken,
        ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
        ["Messaging:RunWorkers"] = "false",
    };

    protected override Task<string> CreateDatabaseAsync()
    {
        // A port nobody listens on: what a stopped or unreachable database looks like from here.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Task.FromResult($"Host=127.0.0.1;Port={port};Database=commerce;Username=postgres;Timeout=2");
    }
}

public sealed class DatabaseOutageTests(DatabaseDownFactory factory) : IClassFixture<DatabaseDownFactory>
{
    [Fact]
    public async Task ChatAndWebhooks_Answer503WithRetryAfter()
    {
        var session = await factory.CreateClient().PostAsJsonAsync("/api/chat/sessions", new { language = "de" });
        var telegram = await TelegramUpdates.PostAsync(factory.CreateClient(), TelegramUpdates.Text(TelegramUpdates.NewId(), "hallo"));
        var merchant = await factory.CreateMerchantClient().GetAsync("/api/v1/products");

        foreach (var response in new[] { telegram, merchant })
        {
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter.Should().NotBeNull();
        }

        // Issuing a session may need no database at all; if it does, it is a 503 too.
        ((int)session.StatusCode).Should().BeOneOf(201, 200, 503);
    }
}
