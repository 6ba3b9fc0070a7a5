using System.Linq.Expressions;
using Commerce.Domain.Broadcasts;

namespace Commerce.Application.Broadcasts;

public sealed record BroadcastTextDto(string De, string? En);

public sealed record BroadcastDto(
    Guid Id,
    string Name,
    BroadcastTextDto Text,
    IReadOnlyList<Guid> Products,
    IReadOnlyList<string> Channels,
    string Status,
    int Recipients,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static readonly Expression<Func<Broadcast, BroadcastDto>> Projection = b => new BroadcastDto(
        b.Id, b.Name, new BroadcastTextDto(b.Text.De, b.Text.En), b.ProductIds, b.Channels, b.Status.ToString(), b.RecipientCount, b.CreatedAt, b.StartedAt, b.FinishedAt);

    private static readonly Func<Broadcast, BroadcastDto> FromEntity = Projection.Compile();

    public static BroadcastDto From(Broadcast broadcast) => FromEntity(broadcast);
}

/// <summary>A broadcast with what became of it, per channel.</summary>
public sealed record BroadcastDetailDto(BroadcastDto Broadcast, IReadOnlyList<ChannelReportDto> Report);

/// <param name="Pending">Not yet handed to the channel (waiting for its turn, or in the outbox).</param>
/// <param name="Delivered">Reported delivered by the platform; null where the channel reports no deliveries.</param>
/// <param name="Read">Reported read by the platform; null where the channel reports no reads.</param>
/// <param name="OptedOutAfter">Recipients who said stop to offers after the broadcast started.</param>
/// <param name="OrdersWithin7Days">Orders placed by recipients it reached within seven days of the start.</param>
public sealed record ChannelReportDto(
    string Channel,
    int Recipients,
    int Pending,
    int Sent,
    int? Delivered,
    int? Read,
    int Skipped,
    IReadOnlyList<ReasonCountDto> SkippedReasons,
    int Failed,
    IReadOnlyList<ReasonCountDto> FailedReasons,
    int Cancelled,
    int OptedOutAfter,
    int OrdersWithin7Days,
    long OrdersTotalMinor,
    string? OrdersCurrency);

public sealed record ReasonCountDto(string Reason, int Count);
