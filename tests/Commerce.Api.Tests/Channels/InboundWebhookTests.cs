using System.Net;
using System.Reflection;
using Commerce.Api.Tests.Channels.Telegram;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels;

/// <summary>Every channel's inbound traffic takes one path: the adapter verifies and parses, the Application stores.</summary>
public sealed class InboundWebhookTests(TelegramShopFactory factory) : IClassFixture<TelegramShopFactory>
{
    [Fact]
    public void WebhookWebChatAndPaymentPageEndpoints_TakeNoDbContext()
    {
        string[] prefixes = ["/webhooks/", "/api/chat/", "/pay/", "/sandbox/pay/"];
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal)))
            .ToList();

        endpoints.Should().HaveCountGreaterThan(10, "Meta's three, Telegram, LINE, Stripe, the web chat and the payment pages are mapped");
        foreach (var endpoint in endpoints)
        {
            var parameters = endpoint.Metadata.OfType<MethodInfo>().SelectMany(m => m.GetParameters()).Select(p => p.ParameterType);
            parameters.Should().NotContain(
                t => typeof(DbContext).IsAssignableFrom(t) || typeof(ICommerceDbContext).IsAssignableFrom(t),
                $"{endpoint.RoutePattern.RawText} hands its work to the Application");
        }
    }

    [Fact]
    public void Outside_its_startup_the_Api_takes_no_DbContext_anywhere()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var api = typeof(Commerce.Api.Http.ResultHttpExtensions).Assembly;
        var types = api.GetTypes().Where(t => t.Namespace is { } ns && ns.StartsWith("Commerce.Api", StringComparison.Ordinal) && !ns.StartsWith("Commerce.Api.Startup", StringComparison.Ordinal)).ToList();

        var offenders = types.SelectMany(t =>
                t.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => (t, p.ParameterType))
                    .Concat(t.GetMethods(all).SelectMany(m => m.GetParameters()).Select(p => (t, p.ParameterType)))
                    .Concat(t.GetFields(all).Select(f => (t, f.FieldType))))
            .Where(x => typeof(DbContext).IsAssignableFrom(x.Item2) || typeof(ICommerceDbContext).IsAssignableFrom(x.Item2))
            .Select(x => x.t.FullName)
            .Distinct()
            .ToList();

        types.Should().Contain(t => t.Name == "IndexModel", "the console's pages are among the types checked");
        offenders.Should().BeEmpty("endpoints, console pages and their helpers go through Application requests and services");
    }

    [Fact]
    public async Task ManyRequestsWithAWrongSecretToken_LogOneWarning()
    {
        var logs = new LogCapture();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var http = app.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            var response = await TelegramUpdates.PostAsync(http, TelegramUpdates.Text(TelegramUpdates.NewId(), "hallo"), i % 2 == 0 ? "wrong-secret" : null);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("secret token")).Select(e => e.Message)
            .Should().ContainSingle().Which.Should().StartWith("Telegram").And.Contain(": 1 since");
    }
}
