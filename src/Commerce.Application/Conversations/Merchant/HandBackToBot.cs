using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>The team is done: the bot answers the shopper again.</summary>
public sealed record HandBackToBot(Guid ConversationId) : ICommand<Result<ConversationDto>>;

public sealed class HandBackToBotHandler(ICommerceDbContext db, Outbox outbox, TimeProvider clock)
    : IRequestHandler<HandBackToBot, Result<ConversationDto>>
{
    public async Task<Result<ConversationDto>> Handle(HandBackToBot request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
            return Error.NotFound("Conversation", request.ConversationId);
        if (conversation.HumanTakeover)
            outbox.TakeThreadBack(conversation, clock.GetUtcNow());

        conversation.HandBackToBot();
        await db.SaveChangesAsync(cancellationToken);
        return ConversationDto.From(conversation);
    }
}
