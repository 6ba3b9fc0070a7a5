using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Orders;

/// <summary>The merchant's order list: newest first, filtered by status, channel and creation date.</summary>
public sealed record ListOrders(string? Status, string? Channel, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 20)
    : IQuery<Result<PagedList<OrderSummaryDto>>>;

public sealed class ListOrdersHandler(ICommerceDbContext db) : IRequestHandler<ListOrders, Result<PagedList<OrderSummaryDto>>>
{
    public async Task<Result<PagedList<OrderSummaryDto>>> Handle(ListOrders request, CancellationToken cancellationToken)
    {
        if (Paging.Check(request.Page, request.PageSize) is { } invalid)
            return invalid;
        var orders = db.Orders.AsNoTracking();
        if (request.Status is { Length: > 0 } status)
        {
            if (!Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed))
                return Error.Validation("status", $"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
            orders = orders.Where(o => o.Status == parsed);
        }

        if (request.Channel is { Length: > 0 } name)
        {
            if (!ChannelName.TryParse(name, out var channel))
                return Error.Validation("channel", $"Unknown channel '{name}'. Use one of: {string.Join(", ", Enum.GetNames<Channel>())}.");
            orders = orders.Where(o => o.Channel == channel);
        }

        if (request.From is { } from)
            orders = orders.Where(o => o.CreatedAt >= from);
        if (request.To is { } to)
            orders = orders.Where(o => o.CreatedAt < to);

        return await orders.OrderByDescending(o => o.CreatedAt)
            .Select(OrderSummaryDto.Projection)
            .ToPageAsync(request.Page, request.PageSize, cancellationToken);
    }
}
