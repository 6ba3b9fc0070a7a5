using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Payments;

/// <summary>What the fake Stripe received: one entry per HTTP attempt, retries included.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Form)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A checkout session the fake created, and the order it is for (the client reference).</summary>
public sealed record CreatedSession(string Id, string? OrderId)
{
    public string Url => $"https://checkout.stripe.com/c/pay/{Id}";
}

public sealed record CannedResponse(int Status, string Json, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

/// <summary>
/// A throwaway Kestrel app on 127.0.0.1 standing in for api.stripe.com: it records every request and answers with
/// Stripe-shaped JSON. Queued responses (<see cref="FailNext"/>) are used first, one per request. Like Stripe, it
/// creates a checkout session once per idempotency key and answers a repeated key with the session it created.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CannedResponse> _queued = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, Lazy<CannedResponse>> _sessionsByKey = new();
    private readonly ConcurrentQueue<CreatedSession> _createdSessions = new();
    private int _sessionCount;

    private FakeStripeServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The status GET /v1/checkout/sessions/{id} reports.</summary>
    public string SessionStatus { get; set; } = "open";

    /// <summary>The checkout sessions created, in order (an idempotent replay creates none).</summary>
    public IReadOnlyList<CreatedSession> CreatedSessions => [.. _createdSessions];

    /// <summary>How long the fake takes to answer a request it answers by default (a slow provider); none when null.</summary>
    public Func<RecordedRequest, TimeSpan>? Latency { get; set; }

    public static async Task<FakeStripeServer> StartAsync()
    {
        var server = new FakeStripeServer();
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public void FailNext(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        _queued.Enqueue(new CannedResponse(status, json, headers));

    /// <summary>Answers the next request only after <paramref name="delay"/> (longer than the client waits).</summary>
    public void StallNext(TimeSpan delay) =>
        _queued.Enqueue(new CannedResponse(500, Error("api_error", null, "Stalled."), Delay: delay));

    public void FailNextWithServerError() =>
        FailNext(500, Error("api_error", null, "An unknown error occurred."));

    public void FailNextWithRateLimit() =>
        FailNext(429, Error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly."));

    public void FailNextWithCardError() =>
        FailNext(402, Error("card_error", "card_declined", "Your card was declined."));

    public void FailNextWithInvalidRequest(string message, string? param = null) =>
        FailNext(400, Error("invalid_request_error", null, message, param));

    public static string Error(string type, string? code, string message, string? param = null) =>
        new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message, ["param"] = param } }
            .ToJsonString();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(field => field.Key, field => field.Value.ToString())
            : new Dictionary<string, string>();
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "", headers, form);
        _requests.Enqueue(recorded);

        var response = _queued.TryDequeue(out var canned) ? canned : Default(recorded) with { Delay = Latency?.Invoke(recorded) ?? TimeSpan.Zero };
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up, as it should
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = $"req_{_requests.Count}";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        await context.Response.WriteAsync(response.Json);
    }

    private CannedResponse Default(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return (request.Method, segments) switch
        {
            ("POST", ["v1", "checkout", "sessions"]) => CreateSession(request),
            ("POST", ["v1", "checkout", "sessions", var id, "expire"]) => Session(id, "expired", null),
            ("GET", ["v1", "checkout", "sessions", var id]) => Session(id, SessionStatus, null),
            ("POST", ["v1", "refunds"]) => new CannedResponse(200, new JsonObject
            {
                ["id"] = "re_test_1",
                ["object"] = "refund",
                ["amount"] = long.Parse(request.Form["amount"]),
                ["payment_intent"] = request.Form["payment_intent"],
                ["status"] = "succeeded",
            }.ToJsonString()),
            _ => new CannedResponse(404, Error("invalid_request_error", "resource_missing", $"Unrecognized request URL ({request.Method}: {request.Path}).")),
        };
    }

    private CannedResponse CreateSession(RecordedRequest request)
    {
        CannedResponse Create()
        {
            var id = $"cs_test_a{Interlocked.Increment(ref _sessionCount)}";
            _createdSessions.Enqueue(new CreatedSession(id, request.Form.GetValueOrDefault("client_reference_id")));
            return Session(id, "open", request.Form.GetValueOrDefault("expires_at"));
        }

        return request.Header("Idempotency-Key") is { Length: > 0 } key
            ? _sessionsByKey.GetOrAdd(key, _ => new Lazy<CannedResponse>(Create)).Value
            : Create();
    }

    private static CannedResponse Session(string id, string status, string? expiresAt) =>
        new(200, new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["url"] = $"https://checkout.stripe.com/c/pay/{id}",
            ["expires_at"] = long.Parse(expiresAt ?? "1767225600"),
            ["status"] = status,
            ["payment_status"] = "unpaid",
        }.ToJsonString());
}
