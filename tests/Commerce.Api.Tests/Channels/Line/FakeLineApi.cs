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

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>
/// A throwaway LINE Messaging API on 127.0.0.1 that holds the shop to LINE's rules
/// (https://developers.line.biz/en/reference/messaging-api/): at most 5 messages per request, flex carousels of at most
/// 12 bubbles with HTTPS images, at most 13 quick reply items, action labels of at most 20 characters, postback data of
/// at most 300; reply tokens it issued, once only and for one minute (on the shared test clock); pushes only with an
/// <c>X-Line-Retry-Key</c>, a repeated key answered 409 as LINE does. Refusals are 400 with LINE's error shape.
/// It records every request, and what was accepted — what the shopper sees — per user.
/// </summary>
public sealed class FakeLineApi(TimeProvider clock, string accessToken) : IAsyncDisposable
{
    public static readonly TimeSpan ReplyTokenLifetime = TimeSpan.FromMinutes(1);
    public static readonly byte[] ImageBytes = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5];

    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new();
    private readonly ConcurrentDictionary<string, JsonArray> _acceptedKeys = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Failure>> _failures = new();
    private readonly object _gate = new();
    private WebApplication? _app;
    private long _ids = 500_000_000_000_000;

    /// <param name="Kind">"reply", "push" or "content".</param>
    /// <param name="Accepted">The messages reached the user (2xx, or accepted before a simulated failure).</param>
    public sealed record Request(string Kind, string? UserId, string? ReplyToken, string? RetryKey, string? Authorization, JsonArray Messages, int Status, string? Error, bool Accepted)
    {
        public IEnumerable<JsonObject> Objects => Messages.OfType<JsonObject>();

        public IEnumerable<string> Texts => Objects.Select(m => m["type"]!.GetValue<string>() == "text" ? m["text"]!.GetValue<string>() : m["altText"]?.GetValue<string>() ?? "");

        /// <summary>Every action in the request (buttons and quick replies), in order.</summary>
        public IEnumerable<JsonObject> Actions => Messages.SelectMany(FakeLineApi.Actions);

        public IEnumerable<JsonObject> QuickReplyActions => Objects.Where(m => m["quickReply"] is not null)
            .SelectMany(m => m["quickReply"]!["items"]!.AsArray().Select(i => i!["action"]!.AsObject()));
    }

    private sealed record IssuedToken(string UserId, DateTimeOffset IssuedAt)
    {
        public bool Used { get; set; }
    }

    /// <param name="AcceptFirst">The messages go out, then the answer is the failure: a response lost on the way back.</param>
    private sealed record Failure(int Status, string Message, int? RetryAfterSeconds, bool AcceptFirst);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<Request> Requests => _requests.ToArray();

    public IReadOnlyList<Request> For(string userId) => Requests.Where(r => r.UserId == userId && r.Kind != "content").ToList();

    /// <summary>What the user has received, request by request.</summary>
    public IReadOnlyList<Request> Delivered(string userId) => For(userId).Where(r => r.Accepted).ToList();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v2/bot/message/reply", (Delegate)ReplyAsync);
        _app.MapPost("/v2/bot/message/push", (Delegate)PushAsync);
        _app.MapGet("/v2/bot/message/{id}/content", (string id, HttpContext context) =>
        {
            _requests.Enqueue(new Request("content", null, null, null, context.Request.Headers.Authorization, [], 200, id, false));
            return Authorized(context) ? Results.Bytes(ImageBytes, "image/jpeg") : Results.Json(new { message = "Authentication failed." }, statusCode: 401);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/');
    }

    /// <summary>A reply token as LINE puts it into a webhook event for this user, valid from now for one minute.</summary>
    public string IssueReplyToken(string userId)
    {
        var token = Guid.NewGuid().ToString("N");
        _tokens[token] = new IssuedToken(userId, clock.GetUtcNow());
        return token;
    }

    /// <summary>The next request for this user fails this way (a 429 with Retry-After, a 500, a 400 with LINE's message).</summary>
    public void FailNext(string userId, int status, string message, int? retryAfterSeconds = null, bool acceptFirst = false) =>
        _failures.GetOrAdd(userId, _ => new ConcurrentQueue<Failure>()).Enqueue(new Failure(status, message, retryAfterSeconds, acceptFirst));

    /// <summary>Waits (up to 20 s) until the user has received a request matching <paramref name="match"/>.</summary>
    public async Task<Request> WaitForAsync(string userId, Func<Request, bool>? match = null, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Delivered(userId).FirstOrDefault(match ?? (_ => true)) is { } request)
                return request;
            await Task.Delay(50);
        }

        throw new TimeoutException($"Nothing matching reached {userId}; requests: {string.Join(", ", For(userId).Select(r => $"{r.Kind} {r.Status} {r.Error}"))}");
    }

    /// <summary>Waits until the user has received <paramref name="count"/> requests, and returns the newest.</summary>
    public async Task<Request> WaitForCountAsync(string userId, int count, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            var delivered = Delivered(userId);
            if (delivered.Count >= count)
                return delivered[count - 1];
            await Task.Delay(50);
        }

        throw new TimeoutException($"{userId} received {Delivered(userId).Count} of {count} requests; requests: {string.Join(", ", For(userId).Select(r => $"{r.Kind} {r.Status} {r.Error}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReplyAsync(HttpContext context)
    {
        var (body, refusal) = await ReadAsync(context);
        var token = body?["replyToken"]?.GetValue<string>();
        var messages = body?["messages"] as JsonArray ?? [];
        lock (_gate)
        {
            var issued = token is not null && _tokens.TryGetValue(token, out var t) ? t : null;
            refusal ??= issued is null || issued.Used || clock.GetUtcNow() - issued.IssuedAt > ReplyTokenLifetime ? "Invalid reply token" : null;
            return Answer(context, "reply", issued?.UserId, token, null, messages, refusal, accept: () => issued!.Used = true);
        }
    }

    private async Task<IResult> PushAsync(HttpContext context)
    {
        var (body, refusal) = await ReadAsync(context);
        var to = body?["to"]?.GetValue<string>();
        var messages = body?["messages"] as JsonArray ?? [];
        var key = context.Request.Headers["X-Line-Retry-Key"].ToString();
        lock (_gate)
        {
            if (refusal is null && !Guid.TryParseExact(key, "D", out _))
                refusal = key.Length == 0 ? "X-Line-Retry-Key is required by this fake: a push without one cannot be retried safely" : "The value for the 'X-Line-Retry-Key' header is invalid";
            if (refusal is null && _acceptedKeys.TryGetValue(key, out var sent))
            {
                _requests.Enqueue(new Request("push", to, null, key, context.Request.Headers.Authorization, messages, 409, "retry key already accepted", false));
                context.Response.Headers["x-line-accepted-request-id"] = Guid.NewGuid().ToString();
                return Results.Json(new JsonObject { ["message"] = "The retry key is already accepted", ["sentMessages"] = sent.DeepClone() }, statusCode: 409);
            }

            return Answer(context, "push", to, null, key, messages, refusal, accept: () => { });
        }
    }

    private IResult Answer(HttpContext context, string kind, string? userId, string? token, string? key, JsonArray messages, string? refusal, Action accept)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!Authorized(context))
            return Record(kind, userId, token, key, authorization, messages, 401, "Authentication failed", false, Results.Json(new { message = "Authentication failed. Confirm that the access token in the authorization header is valid." }, statusCode: 401));
        refusal ??= Validate(messages);
        if (refusal is not null)
            return Record(kind, userId, token, key, authorization, messages, 400, refusal, false, Results.Json(new { message = refusal }, statusCode: 400));

        var failure = userId is not null && _failures.TryGetValue(userId, out var queue) && queue.TryDequeue(out var f) ? f : null;
        var sent = new JsonArray(messages.Select(_ => (JsonNode)new JsonObject { ["id"] = Interlocked.Increment(ref _ids).ToString(), ["quoteToken"] = "q" }).ToArray());
        if (failure is { AcceptFirst: false })
        {
            if (failure.RetryAfterSeconds is { } seconds)
                context.Response.Headers.RetryAfter = seconds.ToString();
            return Record(kind, userId, token, key, authorization, messages, failure.Status, failure.Message, false, Results.Json(new { message = failure.Message }, statusCode: failure.Status));
        }

        accept();
        if (key is { Length: > 0 })
            _acceptedKeys[key] = sent;
        if (failure is { AcceptFirst: true })
            return Record(kind, userId, token, key, authorization, messages, failure.Status, failure.Message, true, Results.Json(new { message = failure.Message }, statusCode: failure.Status));
        return Record(kind, userId, token, key, authorization, messages, 200, null, true, Results.Json(new JsonObject { ["sentMessages"] = sent }));
    }

    private IResult Record(string kind, string? userId, string? token, string? key, string authorization, JsonArray messages, int status, string? error, bool accepted, IResult result)
    {
        _requests.Enqueue(new Request(kind, userId, token, key, authorization, (JsonArray)messages.DeepClone(), status, error, accepted));
        return result;
    }

    private bool Authorized(HttpContext context) => context.Request.Headers.Authorization.ToString() == $"Bearer {accessToken}";

    private static async Task<(JsonObject? Body, string? Refusal)> ReadAsync(HttpContext context)
    {
        try
        {
            return (JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) as JsonObject, null);
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, "The request body could not be parsed as JSON");
        }
    }

    /// <summary>LINE's rules for message objects, as far as the shop uses them; null when the request is valid.</summary>
    public static string? Validate(JsonArray messages)
    {
        if (messages.Count is 0 or > 5)
            return $"Size must be between 1 and 5 (messages: {messages.Count})";
        foreach (var message in messages.OfType<JsonObject>())
        {
            var type = message["type"]?.GetValue<string>();
            var problem = type switch
            {
                "text" => message["text"]?.GetValue<string>() is { Length: > 0 and <= 5000 } ? null : "text must be 1-5000 characters",
                "flex" => Flex(message),
                _ => $"unsupported message type {type}",
            };
            if (problem is not null)
                return problem;
            if (message["quickReply"] is JsonObject quick && quick["items"]?.AsArray() is not { Count: > 0 and <= 13 })
                return $"quickReply.items must hold 1-13 items (got {quick["items"]?.AsArray().Count})";
            foreach (var action in Actions(message))
            {
                if (Action(action) is { } actionProblem)
                    return actionProblem;
            }
        }

        return null;
    }

    private static string? Flex(JsonObject message)
    {
        if (message["altText"]?.GetValue<string>() is not { Length: > 0 and <= 1500 })
            return "altText must be 1-1500 characters";
        var contents = message["contents"]?.AsObject();
        var bubbles = contents?["type"]?.GetValue<string>() switch
        {
            "bubble" => [contents!],
            "carousel" => contents["contents"]!.AsArray().OfType<JsonObject>().ToList(),
            _ => null,
        };
        if (bubbles is not { Count: > 0 and <= 12 })
            return $"a flex carousel holds 1-12 bubbles (got {bubbles?.Count})";
        foreach (var bubble in bubbles)
        {
            if (bubble["hero"]?["url"]?.GetValue<string>() is { } url && !url.StartsWith("https://", StringComparison.Ordinal))
                return "image url must be HTTPS";
            if (bubble["body"]?["contents"]?.AsArray() is { Count: 0 } || bubble["footer"]?["contents"]?.AsArray() is { Count: 0 })
                return "a box needs at least one component";
        }

        return null;
    }

    private static string? Action(JsonObject action)
    {
        var label = action["label"]?.GetValue<string>();
        if (label is not { Length: > 0 and <= 20 })
            return $"label must be 1-20 characters (got {label?.Length})";
        return action["type"]?.GetValue<string>() switch
        {
            "postback" when action["data"]?.GetValue<string>() is not { Length: > 0 and <= 300 } => "postback data must be 1-300 characters",
            "postback" when action["displayText"]?.GetValue<string>() is { Length: > 300 } => "displayText must be at most 300 characters",
            "uri" when action["uri"]?.GetValue<string>() is not { Length: > 0 and <= 1000 } uri || !Uri.TryCreate(uri, UriKind.Absolute, out _) => "uri must be an absolute URI of at most 1000 characters",
            "postback" or "uri" or "message" => null,
            var other => $"unsupported action type {other}",
        };
    }

    /// <summary>Every object under "action" keys, anywhere in the message.</summary>
    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "action" && p.Value is JsonObject action ? [action] : Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
