using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

public sealed record VariantInput(string Sku, VariantOptionDto Option, int Stock = 0);

public sealed record CreateProduct(
    string Sku,
    Guid CategoryId,
    LocalizedTextDto Name,
    MoneyDto Price,
    LocalizedTextDto? Description = null,
    string? Image = null,
    int Stock = 0,
    IReadOnlyList<VariantInput>? Variants = null) : ICommand<Result<ProductDto>>;

public sealed class CreateProductHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<CreateProduct, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(CreateProduct request, CancellationToken cancellationToken)
    {
        if (!await db.Categories.AnyAsync(c => c.Id == request.CategoryId, cancellationToken))
            return Error.Validation("categoryId", $"Category '{request.CategoryId}' does not exist.");

        var built = ProductFactory.Build(request);
        if (!built.IsSuccess)
            return built.Error!;
        var product = built.Value;

        var skus = product.Variants.Select(v => v.Sku).Append(product.Sku).ToList();
        if (await SkuRegistry.FirstTakenAsync(db, skus, cancellationToken) is { } taken)
            return Error.Conflict("duplicate_sku", $"SKU '{taken}' is already in use.", "sku");

        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}
