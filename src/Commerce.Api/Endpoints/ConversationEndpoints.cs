using Commerce.Api.Http;
using Commerce.Application.Conversations.Merchant;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class ConversationEndpoints
{
    public sealed record ReplyBody(string? Text = null);

    public sealed record ReplyQueued(long OutboxId);

    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder api)
    {
        var conversations = api.MapGroup("/conversations").WithTags("Conversations");
        conversations.MapGet("/", async (bool? waitingForHuman, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListConversations(waitingForHuman, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListConversations").WithSummary("Conversations, most recently active first (filter: waiting for a human)");
        conversations.MapGet("/{id:guid}/messages", async (Guid id, int? limit, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetConversationHistory(id, limit ?? 200), ct)).ToOk())
            .WithName("GetConversationHistory").WithSummary("The chat in order: the shopper's messages, the bot's and the team's answers (at most 1,000)");
        conversations.MapPost("/{id:guid}/messages", async (Guid id, ReplyBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReplyAsHuman(id, body.Text ?? ""), ct)).Map(outboxId => new ReplyQueued(outboxId)).ToOk())
            .WithName("ReplyAsHuman").WithSummary("Write to the shopper as a member of the team");
        conversations.MapPost("/{id:guid}/hand-back", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new HandBackToBot(id), ct)).ToOk())
            .WithName("HandBackToBot").WithSummary("Let the bot answer the shopper again");
        return api;
    }
}
