using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>
/// A throwaway Graph API on 127.0.0.1: answers the Send API and the WhatsApp messages endpoint like Meta does,
/// records every request, and can be told to fail the next calls (500, 429 with Retry-After, a Graph error code).
/// Also serves WhatsApp media: GET /{media-id} -> {url}, GET /media-files/{id} -> bytes.
/// </summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Failure> _failures = new();
    private WebApplication? _app;
    private int _ids;

    public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body);

    private sealed record Failure(int Status, int? RetryAfterSeconds, long? Code, long? Subcode);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static readonly byte[] MediaBytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/me/messages", context => AnswerAsync(context, id => new JsonObject { ["recipient_id"] = "r", ["message_id"] = $"m_{id}" }));
        _app.MapPost("/{phone}/messages", context => AnswerAsync(context, id => new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["messages"] = new JsonArray(new JsonObject { ["id"] = $"wamid.{id}" }),
        }));
        _app.MapPost("/me/pass_thread_control", context => AnswerAsync(context, _ => new JsonObject { ["success"] = true }));
        _app.MapPost("/me/take_thread_control", context => AnswerAsync(context, _ => new JsonObject { ["success"] = true }));
        _app.MapGet("/media-files/{id}", (string id) => Results.Bytes(MediaBytes, "image/png"));
        _app.MapGet("/{mediaId}", (string mediaId, HttpContext context) =>
        {
            _requests.Enqueue(new RecordedRequest("GET", context.Request.Path, context.Request.Headers.Authorization, null));
            return Results.Json(new { url = $"{BaseUrl}/media-files/{mediaId}", mime_type = "image/png", id = mediaId });
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/');
    }

    /// <summary>The next <paramref name="times"/> message calls fail this way.</summary>
    public void FailNext(int status, int times = 1, int? retryAfterSeconds = null, long? code = null, long? subcode = null)
    {
        for (var i = 0; i < times; i++)
            _failures.Enqueue(new Failure(status, retryAfterSeconds, code, subcode));
    }

    /// <summary>Message calls (POST) whose body names this recipient (Send API recipient.id or WhatsApp to).</summary>
    public IReadOnlyList<JsonNode> SentTo(string recipient) => Requests
        .Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal) && r.Body is not null && (r.Body["recipient"]?["id"]?.GetValue<string>() == recipient || r.Body["to"]?.GetValue<string>() == recipient))
        .Select(r => r.Body!)
        .ToList();

    /// <summary>Handover protocol calls (pass_thread_control, take_thread_control) for this recipient, in order.</summary>
    public IReadOnlyList<RecordedRequest> ThreadControl(string recipient) => Requests
        .Where(r => r.Method == "POST" && r.Path.Contains("thread_control", StringComparison.Ordinal) && r.Body?["recipient"]?["id"]?.GetValue<string>() == recipient)
        .ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages went to the recipient; returns them all.</summary>
    public async Task<IReadOnlyList<JsonNode>> WaitForAsync(string recipient, int count = 1, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var sent = SentTo(recipient);
            if (sent.Count >= count)
                return sent;
            await Task.Delay(100);
        }

        throw new TimeoutException($"Expected {count} message(s) to {recipient}; got {SentTo(recipient).Count}.");
    }

    /// <summary>Waits for at least one more message than <paramref name="already"/>, then until the reply's parts stop coming.</summary>
    public async Task<IReadOnlyList<JsonNode>> NextReplyAsync(string recipient, int already = 0)
    {
        var sent = await WaitForAsync(recipient, already + 1);
        while (true)
        {
            await Task.Delay(700);
            var now = SentTo(recipient);
            if (now.Count == sent.Count)
                return now.Skip(already).ToList();
            sent = now;
        }
    }

    private async Task AnswerAsync(HttpContext context, Func<int, JsonObject> success)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (_failures.TryDequeue(out var failure))
        {
            _requests.Enqueue(new RecordedRequest("FAILED", context.Request.Path, context.Request.Headers.Authorization, body));
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfterSeconds is { } seconds)
                context.Response.Headers.RetryAfter = seconds.ToString();
            await context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["error"] = new JsonObject { ["message"] = "Simulated failure", ["type"] = "OAuthException", ["code"] = failure.Code ?? failure.Status, ["error_subcode"] = failure.Subcode ?? 0 },
            });
            return;
        }

        _requests.Enqueue(new RecordedRequest("POST", context.Request.Path, context.Request.Headers.Authorization, body));
        await context.Response.WriteAsJsonAsync(success(Interlocked.Increment(ref _ids)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
