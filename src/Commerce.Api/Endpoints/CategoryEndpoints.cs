using Commerce.Api.Http;
using Commerce.Application.Catalog;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class CategoryEndpoints
{
    public static RouteGroupBuilder MapCategoryEndpoints(this RouteGroupBuilder categories)
    {
        categories.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategories(), ct)))
            .WithName("ListCategories")
            .WithSummary("List categories with their number of active products");
        categories.MapPost("/", async (CreateCategory command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(c => $"/api/v1/categories/{c.Id}"))
            .WithName("CreateCategory")
            .WithSummary("Create a category");
        categories.MapPut("/{id:guid}", async (Guid id, UpdateCategoryBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateCategory(id, body.Name), ct)).ToOk())
            .WithName("UpdateCategory")
            .WithSummary("Rename a category (the slug stays)");
        categories.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DeleteCategory(id), ct)).ToNoContent())
            .WithName("DeleteCategory")
            .WithSummary("Delete an empty category (409 while it holds products)");
        return categories;
    }
}
