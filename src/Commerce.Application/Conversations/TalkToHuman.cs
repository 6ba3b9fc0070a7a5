using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>The shopper asks for a person: the conversation is marked and the bot stays silent until handed back.</summary>
public sealed record TalkToHuman(Guid ConversationId, string Language) : IChatRequest;

public sealed class TalkToHumanHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<TalkToHuman, OutboundReply>
{
    public async Task<OutboundReply> Handle(TalkToHuman request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FindAsync([request.ConversationId], cancellationToken);
        conversation!.HandOverToHuman(clock.GetUtcNow());
        return OutboundReply.Of(new TextPart(ReplyTexts.For(request.Language).HumanRequested));
    }
}
