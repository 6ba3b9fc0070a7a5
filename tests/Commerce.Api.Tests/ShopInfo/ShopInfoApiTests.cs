using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Commerce.Api.Tests.Catalog;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.ShopInfo;

/// <summary>GET/PUT /api/v1/shop-info: what the merchant writes is what the API (and the chat) gives back; bad input changes nothing.</summary>
public sealed class ShopInfoApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object Texts = new
    {
        shipping = new { de = "Versand 4,90 €, ab 50 € kostenlos.", en = "Shipping €4.90, free from €50." },
        delivery = new { de = "1–3 Werktage.", en = "1–3 working days." },
        returns = new { de = "30 Tage Rückgaberecht.", en = "30 days to return." },
        payment = new { de = "PayPal, Karte, Klarna.", en = (string?)null },
        contact = (object?)null,
    };

    [Fact]
    public async Task Put_ThenGet_ReturnsTheTextsPerTopicAndLanguage()
    {
        var merchant = factory.CreateMerchantClient();

        var put = await merchant.PutAsJsonAsync("/api/v1/shop-info", Texts);
        var info = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/shop-info");

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        info.GetProperty("shipping").GetProperty("de").GetString().Should().Be("Versand 4,90 €, ab 50 € kostenlos.");
        info.GetProperty("shipping").GetProperty("en").GetString().Should().Be("Shipping €4.90, free from €50.");
        info.GetProperty("payment").GetProperty("en").ValueKind.Should().Be(JsonValueKind.Null);
        info.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);
        info.GetProperty("updatedAt").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task Put_TheSameBodyTwice_LeavesTheSameState()
    {
        var merchant = factory.CreateMerchantClient();

        var first = await (await merchant.PutAsJsonAsync("/api/v1/shop-info", Texts)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await merchant.PutAsJsonAsync("/api/v1/shop-info", Texts)).Content.ReadFromJsonAsync<JsonElement>();

        Without(second, "updatedAt").Should().Be(Without(first, "updatedAt"));
        (await merchant.GetFromJsonAsync<JsonElement>("/api/v1/shop-info")).GetProperty("returns").GetProperty("de").GetString()
            .Should().Be("30 Tage Rückgaberecht.");
    }

    [Theory]
    [InlineData("""{"shipping": {"de": "<long>"}}""", "shipping.de")]
    [InlineData("""{"returns": {"de": "ok", "en": "<long>"}}""", "returns.en")]
    [InlineData("""{"payment": {"en": "PayPal and cards"}}""", "payment.de")]
    [InlineData("""{"contact": {"de": "Ruf an\u0007"}}""", "contact.de")]
    [InlineData("""{"delivery": {"de": "zwei\u001btage"}}""", "delivery.de")]
    [InlineData("""{"shipping": {"de": "Versand\u0000"}}""", "shipping.de")]
    public async Task Put_WithBadInput_Is400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var merchant = factory.CreateMerchantClient();
        await merchant.PutAsJsonAsync("/api/v1/shop-info", Texts);
        var before = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/shop-info");

        var response = await merchant.PutAsync("/api/v1/shop-info",
            new StringContent(body.Replace("<long>", new string('x', 1001)), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(n => n.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        (await merchant.GetFromJsonAsync<JsonElement>("/api/v1/shop-info")).GetRawText().Should().Be(before.GetRawText());
    }

    [Fact]
    public async Task Put_WithLineBreaksAndAThousandCharacters_IsAccepted()
    {
        var text = "Zeile 1\nZeile 2\t" + new string('x', 1000 - 16);

        var response = await factory.CreateMerchantClient().PutAsJsonAsync("/api/v1/shop-info", new { contact = new { de = text } });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("de").GetString().Should().Be(text);
    }

    [Fact]
    public async Task WithoutApiKey_Is401AndChangesNothing()
    {
        var merchant = factory.CreateMerchantClient();
        await merchant.PutAsJsonAsync("/api/v1/shop-info", Texts);

        var get = await factory.CreateClient().GetAsync("/api/v1/shop-info");
        var put = await factory.CreateClient().PutAsJsonAsync("/api/v1/shop-info", new { shipping = new { de = "Gratis!" } });

        get.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        put.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await merchant.GetFromJsonAsync<JsonElement>("/api/v1/shop-info")).GetProperty("shipping").GetProperty("de").GetString()
            .Should().Be("Versand 4,90 €, ab 50 € kostenlos.");
    }

    [Theory]
    [InlineData("rückgabe möglich?", "returns", "de")]
    [InlineData("do u ship to switzerland", "shipping", "en")]
    [InlineData("wie erreiche ich euch", "contact", "de")]
    public async Task Parse_AShopQuestion_IsShopInfoWithItsTopic(string text, string topic, string language)
    {
        var parsed = await (await factory.CreateMerchantClient().PostAsJsonAsync("/api/v1/nlu/parse", new { text }))
            .Content.ReadFromJsonAsync<JsonElement>();

        parsed.GetProperty("intent").GetString().Should().Be("shop_info");
        parsed.GetProperty("lang").GetString().Should().Be(language);
        parsed.GetProperty("entities").GetProperty("topic").GetString().Should().Be(topic);
    }

    private static string Without(JsonElement element, string property) =>
        JsonSerializer.Serialize(element.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));
}

/// <summary>On real Kestrel: a PUT without a valid key is answered before its body is read.</summary>
public sealed class ShopInfoAuthOnKestrelTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Put_WithoutValidKey_Is401BeforeTheBodyIsSent(string? key)
    {
        _ = factory.CreateClient(); // starts the server
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();

        // Announce 200 KB but send only the start: an answer can only come from a server that did not wait for the body.
        var head = "PUT /api/v1/shop-info HTTP/1.1\r\nHost: " + address.Authority + "\r\nContent-Type: application/json\r\n" +
            (key is null ? "" : "X-Api-Key: " + key + "\r\n") + "Content-Length: " + 200_000 + "\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Encoding.ASCII.GetBytes("{\"shipping\": {\"de\": \"" + new string('x', 1024)));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[4096];
        var answer = new StringBuilder();
        while (!answer.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
                break;
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        answer.ToString().Should().StartWith("HTTP/1.1 401");
        answer.ToString().Should().Contain("application/problem+json");
    }
}
