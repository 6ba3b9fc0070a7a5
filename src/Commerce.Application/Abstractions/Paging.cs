using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Abstractions;

/// <summary>The merchant API's lists share one paging contract: pages from 1, at most 100 items each.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static Error? Check(int page, int pageSize)
    {
        if (page < 1)
            return Error.Validation("page", "The page starts at 1.");
        if (pageSize is < 1 or > MaxPageSize)
            return Error.Validation("pageSize", $"The page size is 1–{MaxPageSize}.");
        return null;
    }

    /// <summary>Counts, then reads one page of an already ordered and projected query.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        // Computed wide: page 2,147,483,647 is a valid question whose answer is an empty page, not an overflow.
        var offset = (long)(page - 1) * pageSize;
        if (offset >= total)
            return new PagedList<T>([], page, pageSize, total);
        var items = await ordered.Skip((int)offset).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
