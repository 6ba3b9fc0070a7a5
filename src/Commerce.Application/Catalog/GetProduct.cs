using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Finds a product by id or, when <see cref="IdOrSku"/> is not a GUID, by product SKU.</summary>
public sealed record GetProduct(string IdOrSku) : IQuery<Result<ProductDto>>;

public sealed class GetProductHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<GetProduct, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(GetProduct request, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking();
        ProductDto? found;
        if (Guid.TryParse(request.IdOrSku, out var id))
        {
            found = await products.Where(p => p.Id == id).Select(ProductDto.Projection).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            var sku = Sku.Create(request.IdOrSku);
            found = sku.IsSuccess
                ? await products.Where(p => p.Sku == sku.Value).Select(ProductDto.Projection).FirstOrDefaultAsync(cancellationToken)
                : null;
        }

        return found is null ? Error.NotFound("Product", request.IdOrSku) : links.Complete(found);
    }
}
