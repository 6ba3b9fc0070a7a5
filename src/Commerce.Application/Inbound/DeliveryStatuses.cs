using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>A platform's report on a message we sent: sent, delivered, read or failed.</summary>
public sealed record DeliveryStatusUpdate(string PlatformMessageId, string Status, DateTimeOffset At, string? Error);

/// <summary>
/// Keeps the latest state per sent message. Statuses can arrive out of order, so a state only replaces an earlier one
/// (sent &lt; delivered &lt; read; failed replaces sent and delivered).
/// </summary>
public sealed class DeliveryStatuses(ICommerceDbContext db)
{
    public async Task RecordAsync(Channel channel, IReadOnlyList<DeliveryStatusUpdate> updates, CancellationToken cancellationToken)
    {
        foreach (var update in updates)
        {
            var status = update with { PlatformMessageId = StoredText.Id(update.PlatformMessageId, 256), Error = StoredText.CleanOrNull(update.Error) };
            var earlier = status.Status switch
            {
                "sent" => Array.Empty<string>(),
                "delivered" => ["sent"],
                "read" => ["sent", "delivered", "failed"],
                "failed" => ["sent", "delivered"],
                _ => null,
            };
            if (earlier is null)
                continue;
            var rows = db.OutboxMessages
                .Where(m => m.Channel == channel && m.PlatformMessageId == status.PlatformMessageId && (m.DeliveryStatus == null || earlier.Contains(m.DeliveryStatus)));
            // A failed delivery says why (e.g. "131026: Message undeliverable"); the operator sees it on the message.
            if (status is { Status: "failed", Error: { } error })
            {
                var reason = error.Length > 2000 ? error[..2000] : error;
                await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryStatus, status.Status).SetProperty(m => m.DeliveryStatusAt, status.At).SetProperty(m => m.LastError, reason), cancellationToken);
            }
            else
            {
                await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryStatus, status.Status).SetProperty(m => m.DeliveryStatusAt, status.At), cancellationToken);
            }
        }
    }
}
