using Commerce.Api.Http;
using Commerce.Application.Conversations.Merchant;
using Commerce.Application.Privacy;
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
        conversations.MapGet("/{id:guid}/export", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ExportConversation(id), ct)).ToOk())
            .WithName("ExportConversation").WithSummary("Everything stored about the shopper of this conversation (linked chats included), as JSON");
        conversations.MapPost("/{id:guid}/erase", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EraseConversation(id), ct)).ToOk())
            .WithName("EraseConversation").WithSummary("Erase the shopper's messages, photos, names and platform ids; orders stay under a pseudonym");
        conversations.MapGet("/{id:guid}/photos/{photoId:long}", async Task<IResult> (Guid id, long photoId, IMediator mediator, CancellationToken ct) =>
            {
                var photo = await mediator.Send(new GetPhoto(id, photoId), ct);
                return photo.IsSuccess ? TypedResults.File(photo.Value.Content, photo.Value.ContentType) : photo.Error!.ToProblem();
            })
            .WithName("GetConversationPhoto").WithSummary("A photo the shopper sent, as stored");
        return api;
    }
}
