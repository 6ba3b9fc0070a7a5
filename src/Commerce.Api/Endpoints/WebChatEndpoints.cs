using System.Security.Cryptography;
using Commerce.Api.Http;
using Commerce.Application.Cart;
using Commerce.Application.Messaging;
using Commerce.Channels.WebChat;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Endpoints;

/// <summary>
/// The web chat channel for the shop's own site. Messages take the same path as every messenger: inbox, turn,
/// outbox; the page long-polls for replies. The session id is an unguessable bearer token held by the page.
/// </summary>
internal static class WebChatEndpoints
{
    public sealed record StartSession(string? Language = null);

    public sealed record SessionStarted(string SessionId);

    public sealed record PostMessage(string? ClientMessageId = null, string? Text = null, string? Payload = null, string? Language = null);

    public sealed record MessageAccepted(bool Accepted, bool Duplicate);

    public sealed record ChatMessage(long Id, IReadOnlyList<ReplyPart> Parts, DateTimeOffset? SentAt);

    public sealed record ChatMessages(IReadOnlyList<ChatMessage> Messages);

    public sealed record CartView(IReadOnlyList<CartPartLine> Lines, string? Total, int ItemCount);

    public const int MaxTextLength = 10_000;

    public static IEndpointRouteBuilder MapWebChatEndpoints(this IEndpointRouteBuilder app)
    {
        var chat = app.MapGroup("/api/chat/sessions").WithTags("Web chat");
        chat.MapPost("/", (StartSession? body) =>
            TypedResults.Created("/api/chat/sessions", new SessionStarted(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))))
            .WithName("StartChatSession").WithSummary("Start a web chat session");
        chat.MapPost("/{sessionId}/messages", PostAsync).WithName("PostChatMessage").WithSummary("Send a shopper message (text or button payload)");
        chat.MapGet("/{sessionId}/messages", ReadAsync).WithName("ReadChatMessages").WithSummary("Long-poll the bot's replies after a given id");
        chat.MapGet("/{sessionId}/cart", CartAsync).WithName("GetChatCart").WithSummary("The session's cart");
        return app;
    }

    private static async Task<Results<Accepted<MessageAccepted>, ProblemHttpResult>> PostAsync(
        string sessionId, PostMessage body, IInboxWriter inbox, TimeProvider clock, CancellationToken ct)
    {
        if (!IsSessionId(sessionId))
            return Domain.Common.Error.Validation("sessionId", "Unknown session id format.").ToProblem();
        if (string.IsNullOrWhiteSpace(body.ClientMessageId) || body.ClientMessageId.Length > 64)
            return Domain.Common.Error.Validation("clientMessageId", "A client message id (1–64 characters) is required so retries are not answered twice.").ToProblem();
        if (body.Text is null && body.Payload is null)
            return Domain.Common.Error.Validation("text", "Send a text or a payload.").ToProblem();
        if (body.Text?.Length > MaxTextLength)
            return Domain.Common.Error.Validation("text", $"A message has at most {MaxTextLength} characters.").ToProblem();
        if (body.Payload?.Length > 64)
            return Domain.Common.Error.Validation("payload", "A payload has at most 64 characters.").ToProblem();

        var hint = body.Language is "de" or "en" ? body.Language : null;
        var message = new InboundMessage(Channel.WebChat, body.ClientMessageId, sessionId, clock.GetUtcNow(), body.Text, body.Payload, LanguageHint: hint);
        var stored = await inbox.AcceptAsync(message, ct);
        return TypedResults.Accepted((string?)null, new MessageAccepted(true, !stored));
    }

    private static async Task<Results<Ok<ChatMessages>, ProblemHttpResult>> ReadAsync(
        string sessionId, long? after, int? waitSeconds, CommerceDbContext db, WebChatNotifier notifier, CancellationToken ct)
    {
        if (!IsSessionId(sessionId))
            return Domain.Common.Error.Validation("sessionId", "Unknown session id format.").ToProblem();
        var wait = TimeSpan.FromSeconds(Math.Clamp(waitSeconds ?? 0, 0, 30));
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            // Subscribe before reading so a reply published in between is not missed.
            var published = notifier.WaitAsync(sessionId, wait, ct);
            var messages = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Channel == Channel.WebChat && m.RecipientId == sessionId && m.Status == OutboxStatus.Sent && m.Id > (after ?? 0))
                .OrderBy(m => m.Id)
                .Take(50)
                .Select(m => new { m.Id, m.Reply, m.SentAt })
                .ToListAsync(ct);
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (messages.Count > 0 || remaining <= TimeSpan.Zero)
                return TypedResults.Ok(new ChatMessages(messages.Select(m => new ChatMessage(m.Id, m.Reply.Parts, m.SentAt)).ToList()));
            try
            {
                await published.WaitAsync(remaining, ct);
            }
            catch (TimeoutException)
            {
                return TypedResults.Ok(new ChatMessages([]));
            }
        }
    }

    private static async Task<Results<Ok<CartView>, ProblemHttpResult>> CartAsync(string sessionId, CommerceDbContext db, IMediator mediator, CancellationToken ct)
    {
        if (!IsSessionId(sessionId))
            return Domain.Common.Error.Validation("sessionId", "Unknown session id format.").ToProblem();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Channel == Channel.WebChat && c.SenderId == sessionId, ct);
        if (conversation is null)
            return TypedResults.Ok(new CartView([], null, 0));
        var reply = await mediator.Send(new ViewCart(conversation.Id, conversation.Language), ct);
        var cart = reply.Parts.OfType<CartPart>().FirstOrDefault();
        return TypedResults.Ok(cart is null ? new CartView([], null, 0) : new CartView(cart.Lines, cart.Total, cart.Lines.Sum(l => l.Quantity)));
    }

    private static bool IsSessionId(string sessionId) => sessionId.Length is >= 16 and <= 64 && sessionId.All(char.IsAsciiLetterOrDigit);
}
