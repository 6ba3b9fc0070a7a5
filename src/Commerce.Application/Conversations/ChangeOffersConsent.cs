using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>"Newsletter abonnieren" / "stop sending me offers": the shopper's consent, kept with its date.</summary>
public sealed record ChangeOffersConsent(Guid ConversationId, string Language, bool Subscribe) : IChatRequest;

public sealed class ChangeOffersConsentHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<ChangeOffersConsent, OutboundReply>
{
    public async Task<OutboundReply> Handle(ChangeOffersConsent request, CancellationToken cancellationToken)
    {
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var texts = ReplyTexts.For(request.Language);
        if (request.Subscribe)
            conversation.SubscribeToOffers(clock.GetUtcNow());
        else
            conversation.UnsubscribeFromOffers(clock.GetUtcNow());
        return OutboundReply.Of(new TextPart(request.Subscribe ? texts.Subscribed : texts.Unsubscribed));
    }
}
