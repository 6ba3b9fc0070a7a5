using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

/// <summary>What the shopper's words refer to: one product, several that fit equally (ask which), or nothing.</summary>
public sealed record Resolved(Product? Product, IReadOnlyList<Product> Candidates)
{
    public static Resolved None { get; } = new(null, []);

    public bool IsAmbiguous => Product is null && Candidates.Count > 1;
}

/// <summary>
/// Resolves "das zweite", "the white ones", "den roten", "it" or "sneaker weiß" the way a shop assistant would: an explicit
/// position in what was just shown, then the describing words against the products just shown, then against the cart,
/// then the whole catalog.
/// </summary>
public sealed class ProductResolver(ICommerceDbContext db, ProductLookup lookup)
{
    /// <param name="query">The product words the recogniser found (may be null).</param>
    /// <param name="said">The whole message, for positions ("das zweite") and describing words the query lacks.</param>
    public async Task<Resolved> ResolveAsync(string? query, string? said, Conversation conversation, string language, CancellationToken cancellationToken)
    {
        if ((ProductReference.ResolveOrdinal(said, conversation) ?? ProductReference.ResolveOrdinal(query, conversation)) is { } position)
            return await OneAsync(position, cancellationToken);

        var words = ProductMatcher.DescribingWords(string.IsNullOrWhiteSpace(query) ? said : query);
        if (words.Count == 0)
        {
            var pointed = ProductReference.Resolve(query, conversation) ?? conversation.FocusProductId
                          ?? conversation.PendingVariantProductId ?? conversation.LastShownProductIds.FirstOrDefault();
            return pointed is { } id && id != Guid.Empty ? await OneAsync(id, cancellationToken) : Resolved.None;
        }

        var shown = await lookup.LoadAsync(conversation.LastShownProductIds, cancellationToken);
        var fitting = ProductMatcher.Fitting(shown, words);
        if (fitting.Count > 0)
            return fitting.Count == 1 ? new Resolved(fitting[0], fitting) : new Resolved(null, fitting);

        var inCart = await CartProductsAsync(conversation, cancellationToken);
        fitting = ProductMatcher.Fitting(inCart, words);
        if (fitting.Count == 1)
            return new Resolved(fitting[0], fitting);

        var text = string.IsNullOrWhiteSpace(query) ? string.Join(' ', words) : query;
        var hits = await lookup.SearchAsync(text, language, 1, cancellationToken);
        return hits.Count > 0 ? new Resolved(hits[0], hits) : Resolved.None;
    }

    private async Task<Resolved> OneAsync(Guid id, CancellationToken cancellationToken) =>
        await lookup.FindAsync(id, cancellationToken) is { } product ? new Resolved(product, [product]) : Resolved.None;

    private async Task<IReadOnlyList<Product>> CartProductsAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var cart = await CartStore.FindAsync(db, conversation.Id, cancellationToken);
        return cart is null || cart.IsEmpty ? [] : await lookup.LoadAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), cancellationToken);
    }
}
