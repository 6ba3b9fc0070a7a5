using Commerce.Domain.Broadcasts;

namespace Commerce.Application.Broadcasts;

/// <summary>Fixes a broadcast's recipients in one statement: a row for every opted-in, not erased conversation on its channels.</summary>
public interface IBroadcastPlanner
{
    /// <summary>Runs inside the caller's transaction; returns how many recipients were planned.</summary>
    Task<int> PlanAsync(Broadcast broadcast, CancellationToken cancellationToken);
}
