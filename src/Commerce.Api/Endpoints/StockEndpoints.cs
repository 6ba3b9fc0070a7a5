using Commerce.Api.Http;
using Commerce.Application.Catalog;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class StockEndpoints
{
    public static RouteGroupBuilder MapStockEndpoints(this RouteGroupBuilder products)
    {
        products.MapPut("/{id:guid}/stock", async (Guid id, SetStockBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetStock(id, body.VariantId, body.Quantity, body.Reason), ct)).ToOk())
            .WithName("SetStock")
            .WithSummary("Set the counted stock of a product or one of its variants");
        products.MapPost("/{id:guid}/stock/adjustments", async (Guid id, AdjustStockBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AdjustStock(id, body.VariantId, body.Delta, body.Reason), ct)).ToOk())
            .WithName("AdjustStock")
            .WithSummary("Add or remove stock relative to what is there (409 when it would drop below 0)");
        return products;
    }
}
