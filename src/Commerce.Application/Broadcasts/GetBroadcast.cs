using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Broadcasts;

/// <summary>A broadcast and its report per channel: recipients, sent, delivered and read where known, skipped and failed with reasons, opt-outs and orders after it.</summary>
public sealed record GetBroadcast(Guid BroadcastId) : IQuery<Result<BroadcastDetailDto>>;

public sealed class GetBroadcastHandler(ICommerceDbContext db) : IRequestHandler<GetBroadcast, Result<BroadcastDetailDto>>
{
    public static readonly TimeSpan OrderWindow = TimeSpan.FromDays(7);

    public async Task<Result<BroadcastDetailDto>> Handle(GetBroadcast request, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BroadcastId, cancellationToken);
        if (broadcast is null)
            return Error.NotFound("Broadcast", request.BroadcastId);
        var recipients = db.BroadcastRecipients.AsNoTracking().Where(r => r.BroadcastId == broadcast.Id);

        var byStatus = await recipients.GroupBy(r => new { r.Channel, r.Status, r.Reason })
            .Select(g => new { g.Key.Channel, g.Key.Status, g.Key.Reason, Count = g.Count() }).ToListAsync(cancellationToken);
        var outcomes = await (from r in recipients
                              join o in db.OutboxMessages on r.OutboxMessageId equals o.Id
                              group o by new { r.Channel, o.Status, o.DeliveryStatus, o.LastError } into g
                              select new { g.Key.Channel, g.Key.Status, g.Key.DeliveryStatus, g.Key.LastError, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var since = broadcast.StartedAt ?? DateTimeOffset.MaxValue;
        var optedOut = await (from r in recipients
                              join c in db.Conversations on r.ConversationId equals c.Id
                              where c.OffersConsentWithdrawnAt >= since
                              group r by r.Channel into g
                              select new { Channel = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var until = broadcast.StartedAt is { } started ? started + OrderWindow : DateTimeOffset.MinValue;
        var orders = await (from r in recipients
                            where r.Status == RecipientStatus.Queued
                            join o in db.Orders on r.ConversationId equals o.ConversationId
                            where o.CreatedAt >= since && o.CreatedAt <= until
                            group o by r.Channel into g
                            select new { Channel = g.Key, Count = g.Count(), Total = g.Sum(o => o.Total.Amount), Currency = g.Max(o => o.Total.Currency) }).ToListAsync(cancellationToken);

        var channels = byStatus.Select(s => s.Channel).Distinct().OrderBy(c => c.ToString()).ToList();
        var report = channels.Select(channel =>
        {
            var statuses = byStatus.Where(s => s.Channel == channel).ToList();
            var sent = outcomes.Where(o => o.Channel == channel).ToList();
            var failed = sent.Where(o => o.Status is OutboxStatus.Failed or OutboxStatus.Undeliverable).ToList();
            var skipped = statuses.Where(s => s.Status == RecipientStatus.Skipped).ToList();
            var reportsDeliveries = channel == Channel.WhatsApp;
            var order = orders.FirstOrDefault(o => o.Channel == channel);
            return new ChannelReportDto(
                channel.ToString(),
                statuses.Sum(s => s.Count),
                statuses.Where(s => s.Status == RecipientStatus.Pending).Sum(s => s.Count) + sent.Where(o => o.Status == OutboxStatus.Pending).Sum(o => o.Count),
                sent.Where(o => o.Status == OutboxStatus.Sent).Sum(o => o.Count),
                reportsDeliveries ? sent.Where(o => o.DeliveryStatus is "delivered" or "read").Sum(o => o.Count) : null,
                reportsDeliveries ? sent.Where(o => o.DeliveryStatus == "read").Sum(o => o.Count) : null,
                skipped.Sum(s => s.Count),
                Reasons(skipped.Select(s => ((string?)s.Reason, s.Count))),
                failed.Sum(f => f.Count),
                Reasons(failed.Select(f => ((string?)f.LastError, f.Count))),
                statuses.Where(s => s.Status == RecipientStatus.Cancelled).Sum(s => s.Count),
                optedOut.FirstOrDefault(o => o.Channel == channel)?.Count ?? 0,
                order?.Count ?? 0,
                order is null ? 0 : Money.Create(order.Total, order.Currency).Value.MinorUnits,
                order?.Currency);
        }).ToList();
        return new BroadcastDetailDto(BroadcastDto.From(broadcast), report);
    }

    private static List<ReasonCountDto> Reasons(IEnumerable<(string? Reason, int Count)> rows) =>
        rows.GroupBy(r => r.Reason ?? "unknown").Select(g => new ReasonCountDto(g.Key, g.Sum(r => r.Count))).OrderByDescending(r => r.Count).ToList();
}
