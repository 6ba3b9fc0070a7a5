using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Http;

/// <summary>What a web chat endpoint counts against: starting sessions or posting messages.</summary>
internal sealed record WebChatLimit(bool StartsSession)
{
    public static readonly WebChatLimit StartSession = new(true);
    public static readonly WebChatLimit PostMessage = new(false);
}

/// <summary>
/// Per-client-address limits on starting sessions and posting, and per-session limits on posting (fixed windows,
/// <c>WebChat:RateLimits:*</c>). A refused request gets 429 ProblemDetails with <c>Retry-After</c>.
/// Each partition gets its own limiter from a factory: the partitioned limiter disposes idle partitions, so a
/// shared instance would be handed back disposed.
/// </summary>
internal static class WebChatRateLimiting
{
    private const string NoLimit = "";

    public static IServiceCollection AddWebChatRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebChatOptions>, WebChatSessionIds>((options, webChat, sessions) =>
        {
            var limits = webChat.Value.RateLimits;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => ByClient(context, limits)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => BySession(context, limits, sessions)));
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : limits.Window;
                return new ValueTask(TooManyRequests(rejected.HttpContext, retryAfter).ExecuteAsync(rejected.HttpContext));
            };
        });
        return services;
    }

    /// <summary>429 ProblemDetails; sets <c>Retry-After</c> (whole seconds, at least 1) on the response.</summary>
    public static ProblemHttpResult TooManyRequests(HttpContext context, TimeSpan retryAfter, string? detail = null)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: detail ?? $"Slow down: try again in {seconds} s.",
            extensions: new Dictionary<string, object?> { ["code"] = "rate_limited", ["retryAfterSeconds"] = seconds });
    }

    private static RateLimitPartition<string> ByClient(HttpContext context, WebChatRateLimitOptions limits)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebChatLimit>() is not { } limit)
            return RateLimitPartition.GetNoLimiter(NoLimit);
        var permits = limit.StartsSession ? limits.ClientSessions : limits.ClientMessages;
        if (permits <= 0)
            return RateLimitPartition.GetNoLimiter(NoLimit);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return FixedWindow((limit.StartsSession ? "sessions:" : "messages:") + client, permits, limits.Window);
    }

    private static RateLimitPartition<string> BySession(HttpContext context, WebChatRateLimitOptions limits, WebChatSessionIds sessions)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<WebChatLimit>() is not { StartsSession: false } || limits.SessionMessages <= 0)
            return RateLimitPartition.GetNoLimiter(NoLimit);
        // Ids nobody issued are answered 404 by the endpoint; they get no partition (no state per made-up id).
        var sessionId = context.Request.RouteValues["sessionId"] as string;
        if (!sessions.IsIssued(sessionId))
            return RateLimitPartition.GetNoLimiter(NoLimit);
        return FixedWindow("session:" + sessionId, limits.SessionMessages, limits.Window);
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
