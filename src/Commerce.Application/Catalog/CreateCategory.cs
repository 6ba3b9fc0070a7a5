using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

public sealed record CreateCategory(string Slug, LocalizedTextDto Name) : ICommand<Result<CategoryDto>>;

public sealed class CreateCategoryHandler(ICommerceDbContext db) : IRequestHandler<CreateCategory, Result<CategoryDto>>
{
    public async Task<Result<CategoryDto>> Handle(CreateCategory request, CancellationToken cancellationToken)
    {
        if (request.Name is null)
            return Error.Validation("name", "A category needs a name.");
        var created = Category.Create(request.Slug, request.Name.ToDomain());
        if (!created.IsSuccess)
            return created.Error!;
        var category = created.Value;
        if (await db.Categories.AnyAsync(c => c.Slug == category.Slug, cancellationToken))
            return Error.Conflict("duplicate_slug", $"A category with slug '{category.Slug}' exists already.", "slug");

        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return new CategoryDto(category.Id, category.Slug, LocalizedTextDto.From(category.Name), 0);
    }
}
