using Commerce.Api.Http;
using Commerce.Application.Catalog;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapProductSearch();
        api.MapGroup("/categories").WithTags("Categories").MapCategoryEndpoints();
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapProductEndpoints();
        products.MapStockEndpoints();
        api.MapGroup("/catalog").WithTags("Catalog").MapImportEndpoint();
        return api;
    }

    // Product search: kept in its own block so the other catalog routes can change around it.
    private static void MapProductSearch(this RouteGroupBuilder api) =>
        api.MapGet("/products/search", async (string? q, string? lang, int? limit, bool? includeArchived, bool? inStockOnly, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SearchProducts(q ?? "", lang, limit ?? 10, includeArchived ?? false, inStockOnly ?? false), ct)).ToOk())
            .WithTags("Products")
            .WithName("SearchProducts")
            .WithSummary("Search products in German and English, tolerant of typos and umlaut spellings");
}
