using Commerce.Api.Http;
using Commerce.Application.Cart;
using Commerce.Application.Messaging;
using Commerce.Channels.WebChat;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

    public const int MaxTextLength = 10_000;

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
        string sessionId, PostMessage body, HttpContext http, WebChatSessionIds sessions, IInboxWriter inbox, CommerceDbContext db,
        IOptions<WebChatOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!sessions.IsIssued(sessionId))
            return UnknownSession();
        if (string.IsNullOrWhiteSpace(body.ClientMessageId) || body.ClientMessageId.Length > 64)
            return Domain.Common.Error.Validation("clientMessageId", "A client message id (1–64 characters) is required so retries are not answered twice.").ToProblem();
        if (body.Text is null && body.Payload is null)
            return Domain.Common.Error.Validation("text", "Send a text or a payload.").ToProblem();
        if (body.Text?.Length > MaxTextLength)
            return Domain.Common.Error.Validation("text", $"A message has at most {MaxTextLength} characters.").ToProblem();
        if (body.Payload?.Length > 64)
            return Domain.Common.Error.Validation("payload", "A payload has at most 64 characters.").ToProblem();

        var maxBacklog = options.Value.RateLimits.MaxBacklog;
        if (maxBacklog > 0 && await BacklogAsync(db, InboxMessage.KeyOf(Channel.WebChat, sessionId), maxBacklog, ct) >= maxBacklog)
        {
            return WebChatRateLimiting.TooManyRequests(
                http, BacklogRetryAfter, $"{maxBacklog} messages of this chat are still waiting for an answer. Try again in a few seconds.");
        }

        var hint = body.Language is "de" or "en" ? body.Language : null;
        // De-duplication is per session: the client's id only has to be unique within its own session.
        var platformMessageId = $"{sessionId}:{body.ClientMessageId}";
        var message = new InboundMessage(Channel.WebChat, platformMessageId, sessionId, clock.GetUtcNow(), body.Text, body.Payload, LanguageHint: hint);
        var stored = await inbox.AcceptAsync(message, ct);
        return TypedResults.Accepted((string?)null, new MessageAccepted(true, !stored));
    }

    private static readonly TimeSpan BacklogRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Unanswered inbox rows of the conversation, counted up to <paramref name="limit"/> (an index range scan).</summary>
    private static Task<int> BacklogAsync(CommerceDbContext db, string conversationKey, int limit, CancellationToken ct) =>
        db.InboxMessages.AsNoTracking()
            .Where(m => m.ConversationKey == conversationKey && (m.Status == InboxStatus.Pending || m.Status == InboxStatus.Processing))
            .Take(limit)
            .CountAsync(ct);

    private static ProblemHttpResult UnknownSession() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: "This chat session does not exist. Start a new one with POST /api/chat/sessions.",
        extensions: new Dictionary<string, object?> { ["code"] = "unknown_session" });

    private static async Task<Results<Ok<ChatMessages>, ProblemHttpResult>> ReadAsync(
        string sessionId, long? after, int? waitSeconds, WebChatSessionIds sessions, CommerceDbContext db, WebChatNotifier notifier,
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
            var messages = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Channel == Channel.WebChat && m.RecipientId == sessionId && m.Status == OutboxStatus.Sent && m.Id > (after ?? 0))
                .OrderBy(m => m.Id)
                .Take(50)
                .Select(m => new { m.Id, m.Reply, m.SentAt, m.Kind })
                .ToListAsync(ct);
            var remaining = deadline - clock.GetUtcNow();
            if (messages.Count > 0 || remaining <= TimeSpan.Zero || subscription is null)
                return TypedResults.Ok(new ChatMessages(messages.Select(m => new ChatMessage(m.Id, m.Reply.Parts, m.SentAt, m.Kind == OutboxMessage.PersonKind ? "person" : "bot")).ToList()));
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
        string sessionId, WebChatSessionIds sessions, CommerceDbContext db, IMediator mediator, CancellationToken ct)
    {
        if (!sessions.IsIssued(sessionId))
            return UnknownSession();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Channel == Channel.WebChat && c.SenderId == sessionId, ct);
        if (conversation is null)
            return TypedResults.Ok(new CartView([], null, 0));
        var reply = await mediator.Send(new ViewCart(conversation.Id, conversation.Language), ct);
        var cart = reply.Parts.OfType<CartPart>().FirstOrDefault();
        return TypedResults.Ok(cart is null ? new CartView([], null, 0) : new CartView(cart.Lines, cart.Total, cart.Lines.Sum(l => l.Quantity)));
    }
}
