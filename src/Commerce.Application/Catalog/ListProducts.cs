using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>A page of products; <see cref="Category"/> is a category id or slug.</summary>
public sealed record ListProducts(int Page = 1, int PageSize = 20, string? Category = null, string? Status = null, string? Q = null)
    : IQuery<Result<PagedList<ProductDto>>>;

public sealed class ListProductsHandler(ICommerceDbContext db, ProductImageLinks links) : IRequestHandler<ListProducts, Result<PagedList<ProductDto>>>
{
    public async Task<Result<PagedList<ProductDto>>> Handle(ListProducts request, CancellationToken cancellationToken)
    {
        if (Paging.Check(request.Page, request.PageSize) is { } invalid)
            return invalid;

        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            if (!Enum.TryParse<ProductStatus>(request.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
                return Error.Validation("status", $"Unknown status '{request.Status}'. Use {string.Join(" or ", Enum.GetNames<ProductStatus>())}.");
            products = products.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = request.Category.Trim().ToLowerInvariant();
            products = Guid.TryParse(category, out var categoryId)
                ? products.Where(p => p.CategoryId == categoryId)
                : products.Where(p => db.Categories.Any(c => c.Id == p.CategoryId && c.Slug == category));
        }

        products = ProductTextFilter.Apply(products, request.Q);

        var page = await products
            .OrderBy(p => p.Name.De).ThenBy(p => p.Id)
            .Select(ProductDto.Projection)
            .ToPageAsync(request.Page, request.PageSize, cancellationToken);
        return links.Complete(page);
    }
}
