using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;

namespace Commerce.Application.Privacy;

/// <summary>"Lösche meine Daten" / "delete my data": nothing happens before the shopper confirms with a button.</summary>
public sealed record AskToErase(Guid ConversationId, string Language) : IChatRequest;

/// <summary>The shopper's answer to <see cref="AskToErase"/>.</summary>
public sealed record EraseInChat(Guid ConversationId, string Language, bool Confirmed) : IChatRequest;

public sealed class AskToEraseHandler : IRequestHandler<AskToErase, OutboundReply>
{
    public const string Yes = "yes";
    public const string No = "no";

    public Task<OutboundReply> Handle(AskToErase request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        return Task.FromResult(OutboundReply.Of(new QuickRepliesPart(texts.EraseConfirm, [
            new QuickReply(texts.EraseYes, ActionPayload.WithArgument(ActionPayload.Erase, Yes)),
            new QuickReply(texts.EraseNo, ActionPayload.WithArgument(ActionPayload.Erase, No)),
        ])));
    }
}

public sealed class EraseInChatHandler(ICommerceDbContext db, ShopperErasure erasure) : IRequestHandler<EraseInChat, OutboundReply>
{
    public async Task<OutboundReply> Handle(EraseInChat request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        if (!request.Confirmed)
            return OutboundReply.Of(new TextPart(texts.EraseCancelled));
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        await erasure.EraseAsync(conversation, cancellationToken);
        return OutboundReply.Of(new TextPart(texts.Erased));
    }
}
