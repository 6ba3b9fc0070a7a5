using System.Net;
using Commerce.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "channels");

        var entry = report.Entries["channels"];
        entry.Status.Should().Be(HealthStatus.Healthy);
        entry.Data.Should().Contain("messenger", "disabled").And.Contain("instagram", "disabled").And.Contain("whatsapp", "disabled");
        (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
