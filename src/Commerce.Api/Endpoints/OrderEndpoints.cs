using Commerce.Api.Http;
using Commerce.Application.Orders;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Endpoints;

internal static class OrderEndpoints
{
    public sealed record FulfilRequest(string? Carrier = null, string? TrackingNumber = null);

    /// <summary>Lines that came back (by <c>lineId</c>, or <c>productId</c> and <c>variantId</c>) and whether they go back into stock.</summary>
    public sealed record ReturnRequest(IReadOnlyList<ReturnOrderLine>? Lines = null, bool? Restock = null);

    public static RouteGroupBuilder MapOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapGet("/", async (string? status, string? channel, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListOrders(status, channel, from, to, page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListOrders").WithSummary("List orders, newest first (filter by status, channel, creation date)");
        orders.MapGet("/{idOrNumber}", async (string idOrNumber, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetOrder(idOrNumber), ct)).ToOk())
            .WithName("GetOrder").WithSummary("Get an order by id or number, with lines, history and conversation");
        orders.MapPost("/{idOrNumber}/fulfil", async (string idOrNumber, FulfilRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeOrder(idOrNumber, OrderAction.Fulfil, body.Carrier, body.TrackingNumber), ct)).ToOk())
            .WithName("FulfilOrder").WithSummary("Mark a paid order as shipped with carrier and tracking number; the shopper is told");
        orders.MapPost("/{idOrNumber}/deliver", async (string idOrNumber, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeOrder(idOrNumber, OrderAction.Deliver), ct)).ToOk())
            .WithName("DeliverOrder").WithSummary("Mark a shipped order as delivered");
        orders.MapPost("/{idOrNumber}/cancel", async (string idOrNumber, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeOrder(idOrNumber, OrderAction.Cancel), ct)).ToOk())
            .WithName("CancelOrder").WithSummary("Cancel an order before it ships (refunds a paid one)");
        orders.MapPost("/{idOrNumber}/refund", async (string idOrNumber, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeOrder(idOrNumber, OrderAction.Refund), ct)).ToOk())
            .WithName("RefundOrder").WithSummary("Refund a paid order in full");
        orders.MapPost("/{idOrNumber}/returns", async (string idOrNumber, ReturnRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReturnOrder(idOrNumber, body.Lines, body.Restock ?? true, idempotencyKey), ct)).ToOk())
            .WithName("ReturnOrder")
            .WithSummary("Return a delivered order in whole or by line: refund those lines, restock them, tell the shopper")
            .WithDescription("A repeated request with the same Idempotency-Key answers with the order as the first one left it. " +
                             "A line that has already come back in full answers 409 already_returned; more pieces than are left, 409 exceeds_returnable.");
        return api;
    }
}
