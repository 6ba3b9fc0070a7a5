using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>The shopper would rather go on with the bot than wait for the person it brought in.</summary>
public sealed record ContinueWithBot(Guid ConversationId, string Language) : IChatRequest;

public sealed class ContinueWithBotHandler(ICommerceDbContext db) : IRequestHandler<ContinueWithBot, OutboundReply>
{
    public async Task<OutboundReply> Handle(ContinueWithBot request, CancellationToken cancellationToken)
    {
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        conversation.HandBackToBot();
        conversation.Understood();
        var texts = ReplyTexts.For(request.Language);
        return OutboundReply.Of(new QuickRepliesPart(DialogueTexts.For(request.Language).BackWithBot, [
            new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
            new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
        ]));
    }
}
