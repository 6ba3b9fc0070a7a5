using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Channels.WebChat;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.WebChat;

/// <summary>Only sessions issued by POST /api/chat/sessions may post or read; their state lives only while needed.</summary>
public sealed class WebChatSessionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task FiveHundredMadeUpIds_CreateNoConversationAndNoInboxRow()
    {
        var http = factory.CreateClient();
        var issued = new ChatClient(http);
        await issued.StartAsync();
        var ids = Enumerable.Range(0, 500).Select(i => (i % 5) switch
        {
            0 => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(48)), // the issued format, wrong signature
            1 => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), // the format accepted before
            2 => Tampered(issued.SessionId, i),
            3 => issued.SessionId.ToUpperInvariant()[..^1] + i % 10,
            _ => "attacker" + i.ToString("D12"),
        }).ToList();

        var statuses = await Task.WhenAll(ids.Select(async (id, i) =>
        {
            var response = await http.PostAsJsonAsync($"/api/chat/sessions/{id}/messages", new { clientMessageId = $"forged-{i}", text = "hallo" });
            return response.StatusCode;
        }));

        statuses.Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.NotFound));
        await factory.WithDbAsync(async db =>
        {
            (await db.InboxMessages.CountAsync(m => m.PlatformMessageId.Contains(":forged-"))).Should().Be(0);
            (await db.Conversations.CountAsync(c => c.Channel == Channel.WebChat && ids.Contains(c.SenderId))).Should().Be(0);
        });
    }

    [Fact]
    public async Task MadeUpId_CannotReadRepliesOrCart()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var forged = Tampered(chat.SessionId, 7);
        var http = factory.CreateClient();

        var poll = await http.GetAsync($"/api/chat/sessions/{forged}/messages?after=0&waitSeconds=1");
        var cart = await http.GetAsync($"/api/chat/sessions/{forged}/cart");

        poll.StatusCode.Should().Be(HttpStatusCode.NotFound);
        poll.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        cart.StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.Services.GetRequiredService<WebChatNotifier>().WaitingSessions.Should().Be(0);
    }

    [Fact]
    public async Task IssuedSession_IsServed()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        chat.SessionId.Should().MatchRegex("^[0-9a-f]{96}$");
        (await chat.SayAsync("hallo")).Should().NotBeEmpty();
    }

    [Fact]
    public async Task ClientMessageId_IsDeduplicatedPerSession_NotAcrossSessions()
    {
        var alice = new ChatClient(factory.CreateClient());
        var bob = new ChatClient(factory.CreateClient());
        await alice.StartAsync();
        await bob.StartAsync();

        var fromAlice = await alice.PostAsync("hallo", clientMessageId: "shared-id-1");
        var fromBob = await bob.PostAsync("hallo", clientMessageId: "shared-id-1");

        fromAlice.StatusCode.Should().Be(HttpStatusCode.Accepted);
        fromBob.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await fromBob.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean().Should().BeFalse();
        (await alice.NextReplyAsync()).Should().NotBeEmpty();
        (await bob.NextReplyAsync()).Should().NotBeEmpty("Bob's message is his own, not a redelivery of Alice's");
    }

    [Fact]
    public async Task LongPollsThatTimeOut_LeaveNoWaiterBehind()
    {
        var notifier = factory.Services.GetRequiredService<WebChatNotifier>();
        var sessions = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var chat = new ChatClient(factory.CreateClient());
            await chat.StartAsync();
            sessions.Add(chat.SessionId);
        }

        var http = factory.CreateClient();
        var polls = sessions.Select(id => http.GetAsync($"/api/chat/sessions/{id}/messages?after=0&waitSeconds=2")).ToList();
        await WaitUntilAsync(() => notifier.WaitingSessions == sessions.Count, TimeSpan.FromSeconds(5));
        var responses = await Task.WhenAll(polls);

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        notifier.WaitingSessions.Should().Be(0);
    }

    [Fact]
    public async Task LongPollsCancelledByTheClient_LeaveNoWaiterBehind()
    {
        var notifier = factory.Services.GetRequiredService<WebChatNotifier>();
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        using var cancel = new CancellationTokenSource();
        var http = factory.CreateClient();

        var polls = Enumerable.Range(0, 10)
            .Select(_ => http.GetAsync($"/api/chat/sessions/{chat.SessionId}/messages?after=0&waitSeconds=30", cancel.Token))
            .ToList();
        await WaitUntilAsync(() => notifier.WaitingSessions == 1, TimeSpan.FromSeconds(5));
        await cancel.CancelAsync();
        await Task.WhenAll(polls.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));

        await WaitUntilAsync(() => notifier.WaitingSessions == 0, TimeSpan.FromSeconds(5));
        notifier.WaitingSessions.Should().Be(0);
    }

    [Fact]
    public async Task Reply_WakesTheWaitingPoll_AndReleasesIt()
    {
        var notifier = factory.Services.GetRequiredService<WebChatNotifier>();
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var poll = chat.NextReplyAsync(waitSeconds: 25);
        await WaitUntilAsync(() => notifier.WaitingSessions >= 1, TimeSpan.FromSeconds(5));

        (await chat.PostAsync("hallo")).StatusCode.Should().Be(HttpStatusCode.Accepted);

        (await poll.WaitAsync(TimeSpan.FromSeconds(20))).Should().NotBeEmpty();
        notifier.WaitingSessions.Should().Be(0);
    }

    [Fact]
    public async Task WithTheSameSessionKey_AnotherInstanceAcceptsTheSession_WithAnotherKeyItDoesNot()
    {
        using var first = factory.WithWebHostBuilder(b => b.UseSetting("WebChat:SessionKey", "shared-test-session-key-0123456789"));
        using var second = factory.WithWebHostBuilder(b => b.UseSetting("WebChat:SessionKey", "shared-test-session-key-0123456789"));
        using var foreign = factory.WithWebHostBuilder(b => b.UseSetting("WebChat:SessionKey", "another-test-session-key-987654321"));
        var chat = new ChatClient(first.CreateClient());
        await chat.StartAsync();

        var onSecond = await second.CreateClient().PostAsJsonAsync($"/api/chat/sessions/{chat.SessionId}/messages", new { clientMessageId = "k-1", text = "hallo" });
        var onForeign = await foreign.CreateClient().PostAsJsonAsync($"/api/chat/sessions/{chat.SessionId}/messages", new { clientMessageId = "k-2", text = "hallo" });

        onSecond.StatusCode.Should().Be(HttpStatusCode.Accepted);
        onForeign.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithoutASessionKey_TheGeneratedKeyIsReportedAtStartUp()
    {
        var logs = new LogCapture();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddProvider(logs)));

        (await app.CreateClient().PostAsJsonAsync("/api/chat/sessions", new { })).StatusCode.Should().Be(HttpStatusCode.Created);

        logs.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning && e.Message.StartsWith("WebChat:SessionKey is not configured"));
    }

    [Fact]
    public async Task WaitingPolls_AreBounded_BeyondTheBoundAPollAnswersAtOnce()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("WebChat:MaxWaitingPolls", "2"));
        var notifier = app.Services.GetRequiredService<WebChatNotifier>();
        var http = app.CreateClient();
        var sessions = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var chat = new ChatClient(http);
            await chat.StartAsync();
            sessions.Add(chat.SessionId);
        }

        var waiting = sessions.Take(2).Select(id => http.GetAsync($"/api/chat/sessions/{id}/messages?after=0&waitSeconds=3")).ToList();
        await WaitUntilAsync(() => notifier.WaitingSessions == 2, TimeSpan.FromSeconds(5));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var third = await http.GetAsync($"/api/chat/sessions/{sessions[2]}/messages?after=0&waitSeconds=3");

        third.StatusCode.Should().Be(HttpStatusCode.OK);
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "no room to wait: it answers with what there is");
        notifier.WaitingSessions.Should().Be(2);
        (await Task.WhenAll(waiting)).Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        notifier.WaitingSessions.Should().Be(0);
    }

    [Fact]
    public void RememberingCheckedIds_NeverLetsAForgedOnePass_AndStartsOverWhenFull()
    {
        var ids = new Commerce.Api.Http.WebChatSessionIds(
            Microsoft.Extensions.Options.Options.Create(new Commerce.Api.Http.WebChatOptions { SessionKey = "a key for this test only" }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Commerce.Api.Http.WebChatSessionIds>.Instance);
        var issued = Enumerable.Range(0, 20_000).Select(_ => ids.Issue()).ToList();

        // Checked twice each (the second time from memory), more than the memory holds, so it starts over on the way.
        issued.Should().AllSatisfy(id => ids.IsIssued(id).Should().BeTrue());
        issued.Should().AllSatisfy(id => ids.IsIssued(id).Should().BeTrue());
        issued.Take(200).Select((id, i) => Tampered(id, i)).Should().AllSatisfy(forged => ids.IsIssued(forged).Should().BeFalse());
        issued.Take(200).Select(id => id.ToUpperInvariant()).Should().AllSatisfy(upper => ids.IsIssued(upper).Should().BeFalse());
    }

    private static string Tampered(string sessionId, int seed)
    {
        var position = seed % sessionId.Length;
        var replacement = sessionId[position] == '0' ? '1' : '0';
        return sessionId[..position] + replacement + sessionId[(position + 1)..];
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }
}
