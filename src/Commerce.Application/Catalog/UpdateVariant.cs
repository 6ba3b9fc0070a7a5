using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Changes what distinguishes a variant (e.g. fixes a size label); SKU and stock have their own routes.</summary>
public sealed record UpdateVariant(Guid ProductId, Guid VariantId, VariantOptionDto Option) : ICommand<Result<ProductDto>>;

public sealed class UpdateVariantHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<UpdateVariant, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(UpdateVariant request, CancellationToken cancellationToken)
    {
        if (request.Option?.Name is null || string.IsNullOrWhiteSpace(request.Option.Name.De))
            return Error.Validation("option.name", "A variant option needs a name, e.g. Größe.");
        if (string.IsNullOrWhiteSpace(request.Option.Value))
            return Error.Validation("option.value", "A variant needs an option value, e.g. a size.");
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.ProductId, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.ProductId);

        var changed = product.UpdateVariant(request.VariantId, new VariantOption(request.Option.Name.ToDomain(), request.Option.Value));
        if (!changed.IsSuccess)
            return changed.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}
