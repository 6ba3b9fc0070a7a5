using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>Without a channel secret and access token the channel does not exist: no webhook, no sender.</summary>
public sealed class LineDisabledTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task WithoutSecrets_WebhookIs404_NoSenderIsRegistered_AndReadinessSaysDisabled()
    {
        var user = LineEvents.NewUserId();

        var response = await LineEvents.PostAsync(factory.CreateClient(), LineEvents.Text(user, "hallo", null));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.Services.GetServices<IChannelSender>().Should().NotContain(s => s.Channel == Channel.Line);
        var ready = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        ready.GetProperty("checks").GetProperty("channels").GetProperty("data").GetProperty("line").GetString().Should().Be("disabled");
    }
}
