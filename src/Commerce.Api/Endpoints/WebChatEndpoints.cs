using Commerce.Api.Http;
using Commerce.Application.Inbound;
using Commerce.Application.Messaging;
using Commerce.Channels.WebChat;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Endpoints;

/// <summary>
/// The web chat channel for the shop's own site. Messages take the same path as every messenger: inbox, turn,
/// outbox; the page long-polls for replies. The session id is an unguessable bearer token held by the page, signed
/// by this service (<see cref="WebChatSessionIds"/>): ids it did not issue are answered 404 and create nothing.
/// </summary>
internal static class WebChatEndpoints
{
    public sealed record StartSession(string? Language = null);

    public sealed record SessionStarted(string SessionId);

    public sealed record PostMessage(string? ClientMessageId = null, string? Text = null, string? Payload = null, string? Language = null);

    public sealed record MessageAccepted(bool Accepted, bool Duplicate);

    /// <param name="From">"bot", or "person" when someone from the shop's team wrote it.</param>
    public sealed record ChatMessage(long Id, IReadOnlyList<ReplyPart> Parts, DateTimeOffset? SentAt, string From);

    public sealed record ChatMessages(IReadOnlyList<ChatMessage> Messages);

    public sealed record CartView(IReadOnlyList<CartPartLine> Lines, string? Total, int ItemCount);

    public const int MaxTextLength = WebChatInbound.MaxTextLength;

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder app)
    {
        var chat = app.MapGroup("/api/chat/sessions").WithTags("Web chat");
        chat.MapPost("/", (StartSession? body, WebChatSessionIds sessions) =>
                TypedResults.Created("/api/chat/sessions", new SessionStarted(sessions.Issue())))
            .WithName("StartChatSession").WithSummary("Start a web chat session")
            .WithMetadata(WebChatLimit.StartSession);
        chat.MapPost("/{sessionId}/messages", PostAsync).WithName("PostChatMessage").WithSummary("Send a shopper message (text or button payload)")
            .WithMetadata(WebChatLimit.PostMessage);
        chat.MapGet("/{sessionId}/messages", ReadAsync).WithName("ReadChatMessages").WithSummary("Long-poll the bot's replies after a given id");
        chat.MapGet("/{sessionId}/cart", CartAsync).WithName("GetChatCart").WithSummary("The session's cart");
        return app;
    }

    private static async Task<Results<Accepted<MessageAccepted>, ProblemHttpResult>> PostAsync(
        string sessionId, PostMessage body, HttpContext http, WebChatSessionIds sessions, IMediator mediator,
        IOptions<WebChatOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!sessions.IsIssued(sessionId))
            return UnknownSession();
        var read = WebChatInbound.Read(sessionId, body.ClientMessageId, body.Text, body.Payload, body.Language, clock.GetUtcNow());
        if (!read.IsSuccess)
            return read.Error!.ToProblem();

        var maxBacklog = options.Value.RateLimits.MaxBacklog;
        if (maxBacklog > 0 && await mediator.Send(new CountUnanswered(Channel.WebChat, sessionId, maxBacklog), ct) >= maxBacklog)
        {
            return WebChatRateLimiting.TooManyRequests(
                http, BacklogRetryAfter, $"{maxBacklog} messages of this chat are still waiting for an answer. Try again in a few seconds.");
        }

        var accepted = await mediator.Send(read.Value!, ct);
        return TypedResults.Accepted((string?)null, new MessageAccepted(true, accepted.Stored == 0));
    }

    private static readonly TimeSpan BacklogRetryAfter = TimeSpan.FromSeconds(5);

    private static ProblemHttpResult UnknownSession() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: "This chat session does not exist. Start a new one with POST /api/chat/sessions.",
        extensions: new Dictionary<string, object?> { ["code"] = "unknown_session" });

    private static async Task<Results<Ok<ChatMessages>, ProblemHttpResult>> ReadAsync(
        string sessionId, long? after, int? waitSeconds, WebChatSessionIds sessions, IMediator mediator, WebChatNotifier notifier,
        IOptions<WebChatOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!sessions.IsIssued(sessionId))
            return UnknownSession();
        var wait = TimeSpan.FromSeconds(Math.Clamp(waitSeconds ?? 0, 0, 30));
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            // Subscribe before reading so a reply published in between is not missed; released when this round ends.
            using var subscription = wait > TimeSpan.Zero ? notifier.Subscribe(sessionId, options.Value.MaxWaitingPolls) : null;
            var messages = await mediator.Send(new GetWebChatMessages(sessionId, after ?? 0), ct);
            var remaining = deadline - clock.GetUtcNow();
            if (messages.Count > 0 || remaining <= TimeSpan.Zero || subscription is null)
                return TypedResults.Ok(new ChatMessages(messages.Select(m => new ChatMessage(m.Id, m.Parts, m.SentAt, m.From)).ToList()));
            try
            {
                await subscription.Published.WaitAsync(remaining, clock, ct);
            }
            catch (TimeoutException)
            {
                return TypedResults.Ok(new ChatMessages([]));
            }
        }
    }

    private static async Task<Results<Ok<CartView>, ProblemHttpResult>> CartAsync(
        string sessionId, WebChatSessionIds sessions, IMediator mediator, CancellationToken ct)
    {
        if (!sessions.IsIssued(sessionId))
            return UnknownSession();
        var cart = await mediator.Send(new GetChatCart(Channel.WebChat, sessionId), ct);
        return TypedResults.Ok(cart is null ? new CartView([], null, 0) : new CartView(cart.Lines, cart.Total, cart.Lines.Sum(l => l.Quantity)));
    }
}
