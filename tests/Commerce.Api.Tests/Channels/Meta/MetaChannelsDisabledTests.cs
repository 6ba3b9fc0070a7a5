using System.Net;
using Commerce.Api.Tests.Fixtures;
using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>Without their secrets the Meta channels are off: webhooks 404, readiness lists them as disabled.</summary>
public sealed class MetaChannelsDisabledTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("messenger")]
    [InlineData("instagram")]
    [InlineData("whatsapp")]
    public async Task Webhook_OfAnUnconfiguredChannel_Is404(string channel)
    {
        var client = factory.CreateClient();

        (await client.GetAsync($"/webhooks/{channel}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.PostAsync($"/webhooks/{channel}", new StringContent("{}"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Readiness_ListsDisabledChannels_AndStaysHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("Healthy");
        var channels = body.GetProperty("checks").GetProperty("channels").GetProperty("data");
        foreach (var name in new[] { "messenger", "instagram", "whatsapp", "telegram" })
            channels.GetProperty(name).GetString().Should().Be("disabled");
        channels.GetProperty("webchat").GetString().Should().Be("enabled");
    }
}
