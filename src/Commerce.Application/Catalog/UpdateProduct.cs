using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Replaces a product's details. <see cref="Version"/> is the one the client read: a stale one is refused.</summary>
public sealed record UpdateProduct(
    Guid Id,
    uint? Version,
    Guid CategoryId,
    LocalizedTextDto Name,
    LocalizedTextDto? Description,
    MoneyDto Price,
    string? Image) : ICommand<Result<ProductDto>>;

public sealed class UpdateProductHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<UpdateProduct, Result<ProductDto>>
{
    public async Task<Result<ProductDto>> Handle(UpdateProduct request, CancellationToken cancellationToken)
    {
        if (request.Version is null)
            return Error.Validation("version", "Send the version you read, so changes made meanwhile are not overwritten.");
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.Id);
        if (product.Version != request.Version)
            return StaleVersion.Error;
        if (product.CategoryId != request.CategoryId && !await db.Categories.AnyAsync(c => c.Id == request.CategoryId, cancellationToken))
            return Error.Validation("categoryId", $"Category '{request.CategoryId}' does not exist.");

        var price = Money.Create(request.Price.Amount, request.Price.Currency);
        if (!price.IsSuccess)
            return price.Error!;
        var description = request.Description?.ToDomain() ?? new LocalizedText("", null);
        var updated = product.Update(request.CategoryId, request.Name.ToDomain(), description, price.Value, request.Image);
        if (!updated.IsSuccess)
            return updated.Error!;

        // The xmin token still guards the gap between the check above and this write.
        await db.SaveChangesAsync(cancellationToken);
        return links.Complete(ProductDto.From(product));
    }
}

internal static class StaleVersion
{
    public static readonly Error Error = Error.Conflict(
        "stale_version", "The product was changed by someone else meanwhile. Reload it and apply your change again.", "version");
}
