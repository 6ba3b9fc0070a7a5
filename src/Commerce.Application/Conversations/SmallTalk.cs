using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;

namespace Commerce.Application.Conversations;

public enum SmallTalkKind
{
    Greeting,
    Help,
    Thanks,
    Unknown,
    Empty,
    Sticker,
}

/// <summary>Answers that need no data: greeting, help, thanks and the fallback — always with a way on.</summary>
public sealed record SmallTalk(Guid ConversationId, string Language, SmallTalkKind Kind) : IChatRequest;

public sealed class SmallTalkHandler : IRequestHandler<SmallTalk, OutboundReply>
{
    public Task<OutboundReply> Handle(SmallTalk request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var text = request.Kind switch
        {
            SmallTalkKind.Greeting => $"{texts.Greeting}\n{texts.Help}",
            SmallTalkKind.Help => texts.Help,
            SmallTalkKind.Thanks => texts.Thanks,
            SmallTalkKind.Empty => texts.EmptyMessage,
            SmallTalkKind.Sticker => texts.StickerReceived,
            _ => texts.Unknown,
        };
        if (request.Kind is SmallTalkKind.Thanks or SmallTalkKind.Sticker)
            return Task.FromResult(OutboundReply.Of(new TextPart(text)));

        return Task.FromResult(OutboundReply.Of(new QuickRepliesPart(text, [
            new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
            new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
            new QuickReply(texts.ActionHuman, ActionPayload.Plain(ActionPayload.Human)),
        ])));
    }
}
