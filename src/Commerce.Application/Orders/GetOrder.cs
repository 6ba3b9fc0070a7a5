using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>One order by id or by its number, with lines, history and the conversation it came from.</summary>
public sealed record GetOrder(string IdOrNumber) : IQuery<Result<OrderDto>>;

public sealed class GetOrderHandler(ICommerceDbContext db) : IRequestHandler<GetOrder, Result<OrderDto>>
{
    public async Task<Result<OrderDto>> Handle(GetOrder request, CancellationToken cancellationToken)
    {
        var order = await OrderFinder.FindAsync(db.Orders.AsNoTracking(), request.IdOrNumber, cancellationToken);
        return order is null ? Error.NotFound("Order", request.IdOrNumber) : OrderDto.From(order);
    }
}

internal static class OrderFinder
{
    public static async Task<Domain.Orders.Order?> FindAsync(IQueryable<Domain.Orders.Order> orders, string idOrNumber, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrNumber, out var id))
            return await orders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        var number = idOrNumber.TrimStart('#');
        return long.TryParse(number, out var n) ? await orders.FirstOrDefaultAsync(o => o.Number == n, cancellationToken) : null;
    }
}
