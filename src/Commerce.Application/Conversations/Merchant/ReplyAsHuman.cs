using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>A member of the shop's team writes to the shopper; the message leaves through the outbox like any reply.</summary>
public sealed record ReplyAsHuman(Guid ConversationId, string Text) : ICommand<Result<long>>;

public sealed class ReplyAsHumanHandler(ICommerceDbContext db, Outbox outbox, TimeProvider clock) : IRequestHandler<ReplyAsHuman, Result<long>>
{
    public const int MaxLength = 4000;

    public async Task<Result<long>> Handle(ReplyAsHuman request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxLength)
            return Error.Validation("text", $"The text is 1–{MaxLength} characters.");
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
            return Error.NotFound("Conversation", request.ConversationId);

        var message = outbox.Add(conversation, OutboundReply.Of(new TextPart(request.Text.Trim())), clock.GetUtcNow(), OutboxMessage.PersonKind);
        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }
}
