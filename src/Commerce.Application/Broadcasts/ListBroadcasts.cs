using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Broadcasts;

/// <summary>Broadcasts, newest first.</summary>
public sealed record ListBroadcasts(int Page, int PageSize) : IQuery<Result<PagedList<BroadcastDto>>>;

public sealed class ListBroadcastsHandler(ICommerceDbContext db) : IRequestHandler<ListBroadcasts, Result<PagedList<BroadcastDto>>>
{
    public async Task<Result<PagedList<BroadcastDto>>> Handle(ListBroadcasts request, CancellationToken cancellationToken)
    {
        if (Paging.Check(request.Page, request.PageSize) is { } error)
            return error;
        return await db.Broadcasts.AsNoTracking()
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .Select(BroadcastDto.Projection)
            .ToPageAsync(request.Page, request.PageSize, cancellationToken);
    }
}
