using Commerce.Application.Broadcasts;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Broadcasts;

/// <summary>The recipients of a broadcast in one INSERT … SELECT (the provider's SQL, see <see cref="ISqlDialect.PlanBroadcastSql"/>).</summary>
public sealed class BroadcastPlanner(CommerceDbContext db) : IBroadcastPlanner
{
    public Task<int> PlanAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        var channels = broadcast.Channels.Select(Enum.Parse<Channel>).ToList();
        return db.Database.ExecuteSqlRawAsync(SqlDialects.For(db).PlanBroadcastSql(channels), [broadcast.Id], cancellationToken);
    }
}
