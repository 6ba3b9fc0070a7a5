using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>
/// The shopper asks for a person, or sent a photo (a damaged parcel, "do you have this?") that a bot cannot judge: the
/// conversation is marked, it waits in front of the team (with the photo), and the bot stays silent until handed back.
/// </summary>
public sealed record TalkToHuman(Guid ConversationId, string Language, bool SentPhoto = false) : IChatRequest;

public sealed class TalkToHumanHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<TalkToHuman, OutboundReply>
{
    public async Task<OutboundReply> Handle(TalkToHuman request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FindAsync([request.ConversationId], cancellationToken);
        conversation!.HandOverToHuman(clock.GetUtcNow());
        return OutboundReply.Of(new TextPart(request.SentPhoto
            ? DialogueTexts.For(request.Language).PhotoReceived
            : ReplyTexts.For(request.Language).HumanRequested));
    }
}
