using System.Net;
using Commerce.Api.Http;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.WebChat;

/// <summary>The session id is the bearer of chat and cart: it never appears in a log line.</summary>
public sealed class WebChatLogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task UnexpectedFailure_IsLoggedWithTheSessionIdRedacted()
    {
        var logs = new LogCapture();
        using var failing = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.ConfigureTestServices(services => services.AddSingleton<IInboxWriter, BrokenInbox>());
        });
        var chat = new ChatClient(failing.CreateClient());
        await chat.StartAsync();

        var response = await chat.PostAsync("hallo");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var error = logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Error && e.Message.StartsWith("Unhandled exception")).Subject;
        error.Message.Should().Contain("/api/chat/sessions/{sessionId}/messages");
        logs.Entries.Should().NotContain(e => e.Message.Contains(chat.SessionId));
    }

    [Theory]
    [InlineData("/api/chat/sessions/0123abcd/messages", "/api/chat/sessions/{sessionId}/messages")]
    [InlineData("/API/Chat/Sessions/0123abcd/cart", "/API/Chat/Sessions/{sessionId}/cart")]
    [InlineData("/api/chat/sessions/0123abcd", "/api/chat/sessions/{sessionId}")]
    [InlineData("/api/chat/sessions", "/api/chat/sessions")]
    [InlineData("/api/v1/orders/10042", "/api/v1/orders/10042")]
    public void LoggedPaths_MaskOnlyTheSessionId(string path, string logged) =>
        LogPaths.Redact(path).Should().Be(logged);

    private sealed class BrokenInbox : IInboxWriter
    {
        public Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The inbox is unavailable in this test.");
    }
}
