using System.Net;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>Without a bot token and secret the channel does not exist: no webhook, no sender.</summary>
public sealed class TelegramDisabledTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task WithoutSecrets_WebhookIs404AndNoSenderIsRegistered()
    {
        var response = await TelegramUpdates.PostAsync(factory.CreateClient(), TelegramUpdates.Text(TelegramUpdates.NewId(), "hallo"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.Services.GetServices<IChannelSender>().Should().NotContain(s => s.Channel == Channel.Telegram);
    }
}
