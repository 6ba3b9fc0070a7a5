using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.WebChat;

/// <summary>The API with short, low web chat limits (2-second windows) so a test can hit them and outlive them.</summary>
public abstract class ChatLimitsFactory : ApiFactory
{
    public const int WindowSeconds = 2;

    protected abstract IDictionary<string, string?> Limits { get; }

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?> { ["WebChat:RateLimits:Window"] = $"00:00:0{WindowSeconds}" };
            foreach (var (key, value) in Limits)
                settings["WebChat:RateLimits:" + key] = value;
            return settings;
        }
    }
}

public sealed class SessionLimitFactory : ChatLimitsFactory
{
    protected override IDictionary<string, string?> Limits => new Dictionary<string, string?> { ["SessionMessages"] = "3" };
}

public sealed class ClientLimitFactory : ChatLimitsFactory
{
    protected override IDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["ClientSessions"] = "3",
        ["ClientMessages"] = "4",
    };
}

/// <summary>No turn worker: every accepted message stays waiting, as when the bot has fallen behind.</summary>
public sealed class BacklogLimitFactory : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["WebChat:RateLimits:MaxBacklog"] = "3" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Read while services are registered, so it must be a host setting.
        builder.UseSetting("Messaging:RunWorkers", "false");
    }
}

internal static class RateLimitAssertions
{
    public static async Task<int> ShouldBeTooManyRequestsAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var retryAfter = response.Headers.RetryAfter?.Delta;
        retryAfter.Should().NotBeNull("the page waits as long as Retry-After says");
        retryAfter!.Value.Should().BeGreaterThan(TimeSpan.Zero);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().Should().Be(429);
        return (int)retryAfter.Value.TotalSeconds;
    }

    public static async Task WaitPastAsync(int retryAfterSeconds) =>
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(retryAfterSeconds, ChatLimitsFactory.WindowSeconds)) + TimeSpan.FromMilliseconds(700));

    /// <summary>
    /// Sends <paramref name="limit"/> + 1 requests at once-ish and returns the refused last one. Fixed windows restart on
    /// a timer, so a burst that happens to straddle a restart is tried again after the next window (at most 3 times).
    /// </summary>
    public static async Task<HttpResponseMessage> BurstUntilRefusedAsync(int limit, Func<int, Task<HttpResponseMessage>> send)
    {
        var seen = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var responses = new List<HttpResponseMessage>();
            for (var i = 0; i <= limit; i++)
                responses.Add(await send(i));
            seen.AddRange(responses.Select(r => r.StatusCode));
            if (responses.Take(limit).All(r => r.IsSuccessStatusCode) && responses[^1].StatusCode == HttpStatusCode.TooManyRequests)
                return responses[^1];
            await WaitPastAsync(ChatLimitsFactory.WindowSeconds);
        }

        throw new Xunit.Sdk.XunitException($"expected {limit} accepted and then 429, got {string.Join(", ", seen)}");
    }
}

public sealed class WebChatSessionRateLimitTests(SessionLimitFactory factory) : IClassFixture<SessionLimitFactory>
{
    [Fact]
    public async Task FourthMessageInAWindow_Is429WithRetryAfter_OtherSessionsUnaffected_AndServedAgainAfterTheWindow()
    {
        var chat = new ChatClient(factory.CreateClient());
        var other = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        await other.StartAsync();

        var refused = await RateLimitAssertions.BurstUntilRefusedAsync(3, i => chat.PostAsync("hallo", clientMessageId: i == 3 ? "too-fast" : null));
        var retryAfter = await refused.ShouldBeTooManyRequestsAsync();
        (await other.PostAsync("hallo")).StatusCode.Should().Be(HttpStatusCode.Accepted, "the limit is per session");

        await RateLimitAssertions.WaitPastAsync(retryAfter);
        var later = await chat.PostAsync("hallo", clientMessageId: "too-fast");

        later.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean().Should().BeFalse("the refused message was not stored");
    }

    [Fact]
    public async Task LimitKeepsWorking_OverSeveralWindows()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        for (var round = 0; round < 3; round++)
        {
            var refused = await RateLimitAssertions.BurstUntilRefusedAsync(3, _ => chat.PostAsync("hallo"));
            await RateLimitAssertions.WaitPastAsync(await refused.ShouldBeTooManyRequestsAsync());
        }
    }
}

public sealed class WebChatClientRateLimitTests(ClientLimitFactory factory) : IClassFixture<ClientLimitFactory>
{
    [Fact]
    public async Task SessionsAndMessagesPerClient_AreLimited_AndServedAgainAfterTheWindow()
    {
        var http = factory.CreateClient();
        await RateLimitAssertions.WaitPastAsync(ChatLimitsFactory.WindowSeconds); // a fresh window for this test

        var fourth = await RateLimitAssertions.BurstUntilRefusedAsync(3, _ => http.PostAsJsonAsync("/api/chat/sessions", new { language = "de" }));
        var retryAfter = await fourth.ShouldBeTooManyRequestsAsync();

        await RateLimitAssertions.WaitPastAsync(retryAfter);
        (await http.PostAsJsonAsync("/api/chat/sessions", new { language = "de" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task MessagesFromOneClient_AreLimitedAcrossItsSessions()
    {
        var http = factory.CreateClient();
        await RateLimitAssertions.WaitPastAsync(ChatLimitsFactory.WindowSeconds);
        var first = new ChatClient(http);
        var second = new ChatClient(http);
        await first.StartAsync();
        await second.StartAsync();

        var refused = await RateLimitAssertions.BurstUntilRefusedAsync(4, i => (i % 2 == 0 ? first : second).PostAsync("hallo"));
        var retryAfter = await refused.ShouldBeTooManyRequestsAsync();
        await RateLimitAssertions.WaitPastAsync(retryAfter);
        (await second.PostAsync("hallo")).StatusCode.Should().Be(HttpStatusCode.Accepted);
    }
}

public sealed class WebChatBacklogTests(BacklogLimitFactory factory) : IClassFixture<BacklogLimitFactory>
{
    [Fact]
    public async Task MessagesBeyondTheBacklogBound_Are429_AndNotStored()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        for (var i = 0; i < 3; i++)
            (await chat.PostAsync("hallo", clientMessageId: $"backlog-{i}")).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await (await chat.PostAsync("hallo", clientMessageId: "backlog-3")).ShouldBeTooManyRequestsAsync();

        var other = new ChatClient(factory.CreateClient());
        await other.StartAsync();
        (await other.PostAsync("hallo")).StatusCode.Should().Be(HttpStatusCode.Accepted, "the bound is per conversation");
        await factory.WithDbAsync(async db =>
            (await db.InboxMessages.CountAsync(m => m.PlatformMessageId.StartsWith(chat.SessionId))).Should().Be(3));
    }
}
