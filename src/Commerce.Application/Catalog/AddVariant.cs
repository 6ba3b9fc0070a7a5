using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

public sealed record AddVariant(Guid ProductId, string Sku, VariantOptionDto Option, int Stock) : ICommand<Result<ProductDto>>;

public sealed class AddVariantHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<AddVariant, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(AddVariant request, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.ProductId, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.ProductId);
        var sku = Sku.Create(request.Sku);
        if (!sku.IsSuccess)
            return sku.Error!;
        if (request.Option?.Name is null || string.IsNullOrWhiteSpace(request.Option.Name.De))
            return Error.Validation("option.name", "A variant option needs a name, e.g. Größe.");
        if (await SkuRegistry.FirstTakenAsync(db, [sku.Value], cancellationToken, product.Id) is { } taken)
            return Error.Conflict("duplicate_sku", $"SKU '{taken}' is already in use.", "sku");

        var added = product.AddVariant(sku.Value, new VariantOption(request.Option.Name.ToDomain(), request.Option.Value ?? ""), request.Stock);
        if (!added.IsSuccess)
            return added.Error!;
        db.Variants.Add(added.Value);
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}
