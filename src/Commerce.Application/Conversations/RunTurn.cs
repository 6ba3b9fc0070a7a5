using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations;

/// <summary>
/// One shopper turn: find the conversation, understand the message, run the use case and put the reply into the
/// outbox — all in one transaction, so a reply exists exactly when the turn's changes do.
/// </summary>
public sealed record RunTurn(InboundMessage Message) : ICommand<TurnOutcome>;

/// <param name="Reply">The reply written to the outbox, if any; already sent when its channel delivers on commit.</param>
public sealed record TurnOutcome(Guid ConversationId, string Intent, OutboxMessage? Reply);

public sealed class RunTurnHandler(ICommerceDbContext db, TurnRouter router, IMediator mediator, Outbox outbox, TimeProvider clock)
    : IRequestHandler<RunTurn, TurnOutcome>
{
    public async Task<TurnOutcome> Handle(RunTurn request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        var now = clock.GetUtcNow();
        // A message whose turn was running while its shopper was erased: nobody is left to answer.
        if (message.SenderId.StartsWith(Conversation.ErasedPrefix, StringComparison.Ordinal))
            return new TurnOutcome(Guid.Empty, "erased", null);
        var conversation = await db.Conversations
            .FirstOrDefaultAsync(c => c.Channel == message.Channel && c.SenderId == message.SenderId, cancellationToken);
        if (conversation is null)
        {
            conversation = Conversation.Start(message.Channel, message.SenderId, message.LanguageHint ?? "de", now);
            db.Conversations.Add(conversation);
        }

        var route = await router.RouteAsync(message, conversation, cancellationToken);
        conversation.RecordInbound(message.Timestamp > now ? now : message.Timestamp, route.DetectedLanguage);
        if (route.Intent != Understanding.Intents.Unknown)
            conversation.Understood();
        if (conversation.HumanTakeover && route.Request is not ContinueWithBot)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new TurnOutcome(conversation.Id, "human_takeover", null);
        }

        // Read before the turn: erasing the shopper's data replaces the platform id the answer still has to reach.
        var recipient = conversation.SenderId;
        var wasWithPerson = conversation.HumanTakeover;
        var reply = await mediator.Send(route.Request, cancellationToken);
        var kind = conversation.ErasedAt is null ? OutboxMessage.ResponseKind : OutboxMessage.ErasureKind;
        OutboxMessage? answer = null;
        if (!reply.IsEmpty)
        {
            answer = new OutboxMessage(conversation.Id, conversation.Channel, recipient, reply, now, kind);
            answer.AnswerThrough(message.ReplyToken);
            outbox.Add(answer);
        }

        // Asked for a person: after the reply that says so, the thread goes to the platform's own inbox as well.
        if (!wasWithPerson && conversation.HumanTakeover)
            outbox.PassThreadToInbox(conversation, now);

        await db.SaveChangesAsync(cancellationToken);
        return new TurnOutcome(conversation.Id, route.Intent, answer);
    }
}
