using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Archives a product (hidden from shoppers, kept for orders) or activates it again.</summary>
public sealed record SetProductStatus(Guid Id, ProductStatus Status) : ICommand<Result<ProductDto>>;

public sealed class SetProductStatusHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<SetProductStatus, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(SetProductStatus request, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.Id);
        if (request.Status == ProductStatus.Archived)
            product.Archive();
        else
            product.Activate();
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}
