using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Broadcasts;

public static class BroadcastsModule
{
    /// <summary>Offers to opted-in shoppers: drafting, sending in batches through the outbox, cancelling, the report.</summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddOptions<BroadcastOptions>();
        services.AddHandler<CreateBroadcast, Result<BroadcastDto>, CreateBroadcastHandler>();
        services.AddHandler<ListBroadcasts, Result<PagedList<BroadcastDto>>, ListBroadcastsHandler>();
        services.AddHandler<GetBroadcast, Result<BroadcastDetailDto>, GetBroadcastHandler>();
        services.AddHandler<SendBroadcast, Result<BroadcastDto>, SendBroadcastHandler>();
        services.AddHandler<CancelBroadcast, Result<BroadcastDto>, CancelBroadcastHandler>();
        services.AddHandler<SendBroadcastBatch, BroadcastBatch, SendBroadcastBatchHandler>();
        return services;
    }
}

/// <summary>Settings of the <c>Broadcasts</c> section.</summary>
public sealed class BroadcastOptions
{
    /// <summary>Recipients handled per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// At most this many broadcast messages wait in the outbox at once, so shoppers' answers never queue behind an
    /// offer to everyone; the channel senders' rate limits pace the rest.
    /// </summary>
    public int MaxQueued { get; set; } = 200;

    /// <summary>How often the worker looks for broadcasts being sent (sending one wakes it at once on this instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
