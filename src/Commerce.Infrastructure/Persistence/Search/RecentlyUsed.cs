using System.Diagnostics.CodeAnalysis;

namespace Commerce.Infrastructure.Persistence.Search;

/// <summary>
/// What one <see cref="CatalogSnapshot"/> has worked out, by key, the least recently used dropped first when full: the
/// rankings by query (shoppers ask the same few things over and over, "rote sneaker") and the scores by query word (new
/// queries are mostly made of words asked before, "rote" and "sneaker"). Products and scores only: stock changes with
/// every checkout and is read live for the page shown. The cache belongs to its snapshot, so a catalog change (a new
/// stamp, a new snapshot) starts it empty.
/// </summary>
internal sealed class RecentlyUsed<TValue>(int capacity)
    where TValue : class
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value)> _byUse = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
                return _byKey.Count;
        }
    }

    public bool TryGet(string key, [NotNullWhen(true)] out TValue? value)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                value = null;
                return false;
            }

            _byUse.Remove(node);
            _byUse.AddFirst(node);
            value = node.Value.Value;
            return true;
        }
    }

    public void Add(string key, TValue value)
    {
        if (capacity <= 0)
            return;
        lock (_lock)
        {
            if (_byKey.TryGetValue(key, out var existing))
                _byUse.Remove(existing);
            else if (_byKey.Count >= capacity && _byUse.Last is { } oldest)
            {
                _byUse.RemoveLast();
                _byKey.Remove(oldest.Value.Key);
            }

            _byKey[key] = _byUse.AddFirst((key, value));
        }
    }
}
