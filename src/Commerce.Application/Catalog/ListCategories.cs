using Commerce.Application.Abstractions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

public sealed record ListCategories : IQuery<IReadOnlyList<CategoryDto>>;

public sealed class ListCategoriesHandler(ICommerceDbContext db) : IRequestHandler<ListCategories, IReadOnlyList<CategoryDto>>
{
    public async Task<IReadOnlyList<CategoryDto>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.Categories
            .AsNoTracking()
            .OrderBy(c => c.Slug)
            .Select(c => new CategoryDto(
                c.Id,
                c.Slug,
                new LocalizedTextDto(c.Name.De, c.Name.En),
                db.Products.Count(p => p.CategoryId == c.Id && p.Status == Domain.Catalog.ProductStatus.Active)))
            .ToListAsync(cancellationToken);
}
