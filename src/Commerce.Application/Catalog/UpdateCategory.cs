using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Renames a category. The slug stays: imports and links rely on it.</summary>
public sealed record UpdateCategory(Guid Id, LocalizedTextDto Name) : ICommand<Result<CategoryDto>>;

public sealed class UpdateCategoryHandler(ICommerceDbContext db) : IRequestHandler<UpdateCategory, Result<CategoryDto>>
{
    public async Task<Result<CategoryDto>> Handle(UpdateCategory request, CancellationToken cancellationToken)
    {
        if (request.Name is null)
            return Error.Validation("name", "A category needs a name.");
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        if (category is null)
            return Error.NotFound("Category", request.Id);
        var renamed = category.Rename(request.Name.ToDomain());
        if (!renamed.IsSuccess)
            return renamed.Error!;
        await db.SaveChangesAsync(cancellationToken);
        var count = await db.Products.CountAsync(p => p.CategoryId == category.Id && p.Status == Domain.Catalog.ProductStatus.Active, cancellationToken);
        return new CategoryDto(category.Id, category.Slug, LocalizedTextDto.From(category.Name), count);
    }
}
