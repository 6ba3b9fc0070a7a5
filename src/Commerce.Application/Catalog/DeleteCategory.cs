using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Deletes an empty category; one that still holds products (archived ones too) is refused.</summary>
public sealed record DeleteCategory(Guid Id) : ICommand<Result>;

public sealed class DeleteCategoryHandler(ICommerceDbContext db) : IRequestHandler<DeleteCategory, Result>
{
    public async Task<Result> Handle(DeleteCategory request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        if (category is null)
            return Error.NotFound("Category", request.Id);
        var products = await db.Products.CountAsync(p => p.CategoryId == request.Id, cancellationToken);
        if (products > 0)
            return Error.Conflict("category_not_empty", $"The category still holds {products} product(s). Move or delete them first.");

        db.Categories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
