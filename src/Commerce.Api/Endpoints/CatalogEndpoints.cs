using Commerce.Api.Http;
using Commerce.Application.Catalog;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapProductSearch();

        var categories = api.MapGroup("/categories").WithTags("Categories");
        categories.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategories(), ct)))
            .WithName("ListCategories");
        categories.MapPost("/", async (CreateCategory command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(c => $"/api/v1/categories/{c.Id}"))
            .WithName("CreateCategory");

        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("/{idOrSku}", async (string idOrSku, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetProduct(idOrSku), ct)).ToOk())
            .WithName("GetProduct")
            .WithSummary("Get a product by id or SKU");
        products.MapPost("/", async (CreateProduct command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(p => $"/api/v1/products/{p.Id}"))
            .WithName("CreateProduct");
        return api;
    }

    // Product search: kept in its own block so the other catalog routes can change around it.
    private static void MapProductSearch(this RouteGroupBuilder api) =>
        api.MapGet("/products/search", async (string? q, string? lang, int? limit, bool? includeArchived, bool? inStockOnly, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchProducts(q ?? "", lang, limit ?? 10, includeArchived ?? false, inStockOnly ?? false), ct)))
            .WithTags("Products")
            .WithName("SearchProducts")
            .WithSummary("Search products in German and English, tolerant of typos and umlaut spellings");
}
