using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Broadcasts;

public sealed class BroadcastValidationTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"text": {"de": "Angebot"}}""", "name" },
        { """{"name": "  ", "text": {"de": "Angebot"}}""", "name" },
        { """{"name": "Herbst"}""", "text.de" },
        { """{"name": "Herbst", "text": {"de": " ", "en": "Offer"}}""", "text.de" },
        { $$$"""{"name": "Herbst", "text": {"de": "{{{new string('x', 1001)}}}"}}""", "text.de" },
        { """{"name": "Herbst", "text": {"de": "Angebot"}, "products": ["SNK-RED", "NO-SUCH-SKU"]}""", "products[1]" },
        { """{"name": "Herbst", "text": {"de": "Angebot"}, "products": ["SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED","SNK-RED"]}""", "products" },
        { """{"name": "Herbst", "text": {"de": "Angebot"}, "channels": ["Fax"]}""", "channels[0]" },
        { """{"name": "Herbst", "text": {"de": "Angebot"}, "channels": ["WebChat", "7"]}""", "channels[1]" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Create_WithBadInput_Is400NamingTheField_AndStoresNothing(string body, string field)
    {
        var merchant = factory.CreateMerchantClient();
        var before = (await merchant.GetFromJsonAsync<JsonElement>("/api/v1/broadcasts")).GetProperty("totalCount").GetInt32();

        var response = await merchant.PostAsync("/api/v1/broadcasts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
        (await merchant.GetFromJsonAsync<JsonElement>("/api/v1/broadcasts")).GetProperty("totalCount").GetInt32().Should().Be(before);
    }

    [Fact]
    public async Task Create_ListAndDetail_ShowTheDraftWithProductsByIdOrSku()
    {
        var merchant = factory.CreateMerchantClient();
        var watch = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/products/WATCH-SLV");

        var created = await merchant.PostAsJsonAsync("/api/v1/broadcasts", new
        {
            name = "Uhren",
            text = new { de = "Neue Uhren", en = "New watches" },
            products = new[] { watch.GetProperty("id").GetString(), "snk-red" },
            channels = new[] { "whatsapp", "WebChat" },
        });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        created.Headers.Location!.ToString().Should().Be($"/api/v1/broadcasts/{draft.GetProperty("id").GetGuid()}");
        draft.GetProperty("status").GetString().Should().Be("Draft");
        draft.GetProperty("products").GetArrayLength().Should().Be(2);
        draft.GetProperty("products")[0].GetGuid().Should().Be(watch.GetProperty("id").GetGuid());
        draft.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).Should().Equal("WhatsApp", "WebChat");
        var list = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/broadcasts");
        list.GetProperty("items").EnumerateArray().Should().Contain(b => b.GetProperty("name").GetString() == "Uhren");
        var detail = await merchant.GetFromJsonAsync<JsonElement>($"{created.Headers.Location}");
        detail.GetProperty("broadcast").GetProperty("text").GetProperty("en").GetString().Should().Be("New watches");
        detail.GetProperty("report").GetArrayLength().Should().Be(0, "a draft has no recipients yet");
        (await factory.CreateClient().GetAsync("/api/v1/broadcasts")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
