using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;

namespace Commerce.Application.Catalog;

/// <summary>A shopper searches: a carousel of hits, or a way on when there are none.</summary>
public sealed record ShowSearchResults(Guid ConversationId, string Language, string? Query) : IChatRequest;

public sealed class ShowSearchResultsHandler(ICommerceDbContext db, ProductLookup lookup, ProductCards cards)
    : IRequestHandler<ShowSearchResults, OutboundReply>
{
    public const int MaxResults = 10;

    public async Task<OutboundReply> Handle(ShowSearchResults request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        if (string.IsNullOrWhiteSpace(request.Query))
            return OutboundReply.Of(new TextPart(texts.AskWhatToSearch));

        var products = await lookup.SearchAsync(request.Query, request.Language, MaxResults, cancellationToken);
        var conversation = await db.Conversations.FindAsync([request.ConversationId], cancellationToken);
        conversation!.Showed(products.Select(p => p.Id));
        if (products.Count == 0)
        {
            return OutboundReply.Of(new QuickRepliesPart(
                DialogueTexts.For(request.Language).NothingFound,
                [new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)), new QuickReply(texts.ActionHuman, ActionPayload.Plain(ActionPayload.Human))]));
        }

        return OutboundReply.Of(new TextPart(texts.Found), cards.Carousel(products, request.Language));
    }
}
