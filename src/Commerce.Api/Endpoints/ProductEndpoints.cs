using Commerce.Api.Http;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class ProductEndpoints
{
    public static RouteGroupBuilder MapProductEndpoints(this RouteGroupBuilder products)
    {
        products.MapGet("/", async (IMediator mediator, CancellationToken ct, int? page, int? pageSize, string? category, string? status, string? q) =>
                (await mediator.Send(new ListProducts(page ?? 1, pageSize ?? 20, category, status, q), ct)).ToOk())
            .WithName("ListProducts")
            .WithSummary("List products page by page, filtered by category (id or slug), status and text");
        products.MapGet("/{idOrSku}", async (string idOrSku, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetProduct(idOrSku), ct)).ToOk())
            .WithName("GetProduct")
            .WithSummary("Get a product by id or SKU");
        products.MapPost("/", async (CreateProduct command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(p => $"/api/v1/products/{p.Id}"))
            .WithName("CreateProduct")
            .WithSummary("Create a product, optionally with variants");
        products.MapPut("/{id:guid}", async (Guid id, UpdateProductBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateProduct(id, body.Version, body.CategoryId, body.Name, body.Description, body.Price, body.Image), ct)).ToOk())
            .WithName("UpdateProduct")
            .WithSummary("Update a product; send the version you read (409 when it is stale)");
        products.MapPost("/{id:guid}/archive", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetProductStatus(id, ProductStatus.Archived), ct)).ToOk())
            .WithName("ArchiveProduct")
            .WithSummary("Archive a product: shoppers no longer see it");
        products.MapPost("/{id:guid}/activate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetProductStatus(id, ProductStatus.Active), ct)).ToOk())
            .WithName("ActivateProduct")
            .WithSummary("Activate an archived product again");
        products.MapPut("/{id:guid}/synonyms", async (Guid id, SynonymsBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetProductSynonyms(id, body.Synonyms), ct)).ToOk())
            .WithName("SetProductSynonyms")
            .WithSummary("Replace the other words shoppers use for a product; the chat understands and finds it by them");
        products.MapPost("/{id:guid}/variants", async (Guid id, AddVariantBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AddVariant(id, body.Sku, body.Option, body.Stock), ct)).ToCreated(p => $"/api/v1/products/{p.Id}"))
            .WithName("AddVariant")
            .WithSummary("Add a variant (e.g. a size) with its own SKU and stock");
        products.MapPut("/{id:guid}/variants/{variantId:guid}", async (Guid id, Guid variantId, UpdateVariantBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateVariant(id, variantId, body.Option), ct)).ToOk())
            .WithName("UpdateVariant")
            .WithSummary("Change a variant's option");
        return products;
    }
}
