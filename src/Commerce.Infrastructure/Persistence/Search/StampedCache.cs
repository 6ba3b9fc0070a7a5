using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// The catalog stamp as this request or turn sees it: read once per scope, however many catalog caches ask (search
/// and the recogniser's catalog words both do in one turn).
/// </summary>
internal sealed class CatalogStampReader(CommerceDbContext db)
{
    private Guid? _stamp;

    public async Task<Guid> ReadAsync(CancellationToken cancellationToken) =>
        _stamp ??= await db.Set<CatalogStamp>().AsNoTracking()
            .Where(s => s.Id == CatalogStamp.RowId).Select(s => s.Value).SingleAsync(cancellationToken);
}

/// <summary>
/// One value built from the catalog per process, rebuilt when the <see cref="CatalogStamp"/> has moved (an edit made
/// through any instance). Concurrent requests that find it stale wait for one rebuild instead of each doing it.
/// </summary>
internal abstract class StampedCache<T>
    where T : class
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Entry? _current;

    private sealed record Entry(Guid Stamp, T Value);

    public async Task<T> CurrentAsync(CommerceDbContext db, CatalogStampReader stamps, CancellationToken cancellationToken)
    {
        var stamp = await stamps.ReadAsync(cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
            return current.Value;

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Stamp == stamp)
                return loaded.Value;
            var value = await LoadAsync(db, stamp, cancellationToken);
            _current = new Entry(stamp, value);
            return value;
        }
        finally
        {
            _loading.Release();
        }
    }

    protected abstract Task<T> LoadAsync(CommerceDbContext db, Guid stamp, CancellationToken cancellationToken);
}
