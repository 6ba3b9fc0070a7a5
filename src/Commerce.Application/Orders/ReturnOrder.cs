using Commerce.Application.Abstractions;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Orders;

/// <summary>A line to return: by its id, or by the product (and variant) it sold; how many pieces came back.</summary>
public sealed record ReturnOrderLine(Guid? LineId = null, Guid? ProductId = null, Guid? VariantId = null, int Quantity = 0);

/// <summary>
/// Goods of a delivered order came back: their money goes back (a partial refund at the provider, keyed by the
/// order's return number so a retry cannot refund twice), the chosen lines go back into stock when
/// <see cref="Restock"/> is set, the history records it and the shopper is told. A repeated request with the same
/// <see cref="RequestKey"/> answers with the order as the first one left it; without a key, a line that has come back
/// in full is refused (409). A refund the provider refuses changes nothing.
/// </summary>
public sealed record ReturnOrder(string IdOrNumber, IReadOnlyList<ReturnOrderLine>? Lines, bool Restock = true, string? RequestKey = null)
    : ICommand<Result<OrderDto>>;

public sealed class ReturnOrderHandler(ICommerceDbContext db, IPaymentGateway gateway, TimeProvider clock, ILogger<ReturnOrderHandler> logger)
    : IRequestHandler<ReturnOrder, Result<OrderDto>>
{
    public const int MaxRequestKeyLength = 100;

    public async Task<Result<OrderDto>> Handle(ReturnOrder request, CancellationToken cancellationToken)
    {
        if (request.RequestKey is { Length: > MaxRequestKeyLength })
            return Error.Validation("Idempotency-Key", $"The key may have at most {MaxRequestKeyLength} characters.");
        var order = await OrderFinder.FindAsync(db.Orders, request.IdOrNumber, cancellationToken);
        if (order is null)
            return Error.NotFound("Order", request.IdOrNumber);
        if (order.ReturnWithKey(request.RequestKey) is not null)
            return OrderDto.From(order);

        var lines = Resolve(order, request.Lines);
        if (!lines.IsSuccess)
            return lines.Error!;
        var planned = order.PlanReturn(lines.Value);
        if (!planned.IsSuccess)
            return planned.Error!;
        if (order.PaymentReference is null)
            return Error.Conflict("no_payment", $"Order {order.Number} has no captured payment to refund.");

        var sequence = order.NextReturnSequence;
        var amount = planned.Value.Sum(item => item.AmountMinor);
        var refund = await gateway.RefundAsync(
            new PaymentRefundRequest(order.Id, order.PaymentReference, amount, $"return {sequence} of order {order.Number}", $"return-{order.Id:D}-{sequence}"),
            cancellationToken);
        if (!refund.IsSuccess)
        {
            logger.LogWarning("Order {OrderNumber}: refund for return {Sequence} failed ({Code})", order.Number, sequence, refund.Error!.Code);
            return refund.Error!;
        }

        var returned = order.Return(lines.Value, request.Restock, request.RequestKey, refund.Value.RefundId, clock.GetUtcNow(), "merchant: returned");
        if (!returned.IsSuccess)
            return returned.Error!;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Order {OrderNumber}: return {Sequence} refunded ({RefundId})", order.Number, sequence, refund.Value.RefundId);
        return OrderDto.From(order);
    }

    private static Result<IReadOnlyList<ReturnLine>> Resolve(Order order, IReadOnlyList<ReturnOrderLine>? wanted)
    {
        if (wanted is null || wanted.Count == 0)
            return Error.Validation("lines", "Name at least one line to return.");
        var lines = new List<ReturnLine>(wanted.Count);
        for (var i = 0; i < wanted.Count; i++)
        {
            var line = wanted[i];
            if (line is null)
                return Error.Validation($"lines[{i}]", "A line is required.");
            if (line.LineId is { } id)
            {
                lines.Add(new ReturnLine(id, line.Quantity));
                continue;
            }

            if (line.ProductId is not { } productId)
                return Error.Validation($"lines[{i}].lineId", "Name the line by its lineId, or by productId (and variantId).");
            var matches = order.Lines.Where(l => l.ProductId == productId && (line.VariantId is null || l.VariantId == line.VariantId)).ToList();
            if (matches.Count == 0)
            {
                return line.VariantId is null
                    ? Error.Validation($"lines[{i}].productId", $"Order {order.Number} has no line of this product.")
                    : Error.Validation($"lines[{i}].variantId", $"Order {order.Number} has no line of this variant.");
            }

            if (matches.Count > 1)
                return Error.Validation($"lines[{i}].variantId", $"Order {order.Number} has several lines of this product: name the variant.");
            lines.Add(new ReturnLine(matches[0].Id, line.Quantity));
        }

        return lines;
    }
}
