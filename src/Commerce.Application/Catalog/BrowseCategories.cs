using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>The shop's categories as quick replies; with a slug, that category's products as a carousel.</summary>
public sealed record BrowseCategories(Guid ConversationId, string Language, string? CategorySlug = null) : IChatRequest;

public sealed class BrowseCategoriesHandler(ICommerceDbContext db, ProductLookup lookup, ProductCards cards)
    : IRequestHandler<BrowseCategories, OutboundReply>
{
    public async Task<OutboundReply> Handle(BrowseCategories request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var category = request.CategorySlug is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Slug == request.CategorySlug, cancellationToken);
        if (category is null)
        {
            var categories = await db.Categories.AsNoTracking()
                .Where(c => db.Products.Any(p => p.CategoryId == c.Id && p.Status == ProductStatus.Active))
                .OrderBy(c => c.Slug)
                .ToListAsync(cancellationToken);
            return OutboundReply.Of(new QuickRepliesPart(
                texts.Categories,
                categories.Select(c => new QuickReply(c.Name.In(request.Language), ActionPayload.WithArgument(ActionPayload.Category, c.Slug))).ToList()));
        }

        var ids = await db.Products.Where(p => p.CategoryId == category.Id && p.Status == ProductStatus.Active)
            .OrderBy(p => p.Price.Amount).Select(p => p.Id).Take(ShowSearchResultsHandler.MaxResults).ToListAsync(cancellationToken);
        var products = await lookup.LoadAsync(ids, cancellationToken);
        var conversation = await db.Conversations.FindAsync([request.ConversationId], cancellationToken);
        conversation!.Showed(ids);
        return OutboundReply.Of(new TextPart(category.Name.In(request.Language)), cards.Carousel(products, request.Language));
    }
}
