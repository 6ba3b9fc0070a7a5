using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>
/// Replaces the merchant's other words for a product ("kicks", "turnschuhe"): the chat then understands them as this
/// product's goods words and finds the product by them, from the next message on.
/// </summary>
public sealed record SetProductSynonyms(Guid Id, IReadOnlyList<string?>? Synonyms) : ICommand<Result<ProductDto>>;

public sealed class SetProductSynonymsHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<SetProductSynonyms, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(SetProductSynonyms request, CancellationToken cancellationToken)
    {
        if (request.Synonyms is null)
            return Error.Validation("synonyms", "Give the list of synonyms (an empty list removes them).");
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.Id);
        var set = product.SetSynonyms(request.Synonyms);
        if (!set.IsSuccess)
            return set.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}
