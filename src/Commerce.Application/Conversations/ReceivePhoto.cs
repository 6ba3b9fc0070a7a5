using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>
/// A shopper sent a photo (a damaged parcel, "do you have this?"): a bot cannot judge it, so it thanks them and the chat
/// waits for a person, in front of the team with the photo.
/// </summary>
public sealed record ReceivePhoto(Guid ConversationId, string Language) : IChatRequest;

public sealed class ReceivePhotoHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<ReceivePhoto, OutboundReply>
{
    public async Task<OutboundReply> Handle(ReceivePhoto request, CancellationToken cancellationToken)
    {
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        conversation.HandOverToHuman(clock.GetUtcNow());
        return OutboundReply.Of(new TextPart(DialogueTexts.For(request.Language).PhotoReceived));
    }
}
