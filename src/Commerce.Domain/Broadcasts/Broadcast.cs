using Commerce.Domain.Common;
using Commerce.Domain.Conversations;

namespace Commerce.Domain.Broadcasts;

public enum BroadcastStatus
{
    Draft,
    Sending,
    Completed,
    Cancelled,
}

/// <summary>
/// An offer sent to the shoppers who opted in: a text in German (and English) and up to ten products. Drafted,
/// then sent once — its recipients are fixed when sending starts — and cancellable until everyone got it.
/// </summary>
public sealed class Broadcast
{
    public const int MaxProducts = 10;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;

    private Broadcast()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public LocalizedText Text { get; private set; } = new("", null);

    /// <summary>The products shown as the channel's carousel, in this order.</summary>
    public List<Guid> ProductIds { get; private set; } = [];

    /// <summary>Only these channels; empty means every channel.</summary>
    public List<string> Channels { get; private set; } = [];

    public BroadcastStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int RecipientCount { get; private set; }

    public static Result<Broadcast> Draft(string? name, LocalizedText? text, IReadOnlyList<Guid> productIds, IReadOnlyList<Channel>? channels, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            return Error.Validation("name", $"A name (1–{MaxNameLength} characters) is required.");
        if (text is null || string.IsNullOrWhiteSpace(text.De))
            return Error.Validation("text.de", "The German text is required.");
        if (text.De.Length > MaxTextLength)
            return Error.Validation("text.de", $"The text has at most {MaxTextLength} characters.");
        if (text.En?.Length > MaxTextLength)
            return Error.Validation("text.en", $"The text has at most {MaxTextLength} characters.");
        if (productIds.Count > MaxProducts)
            return Error.Validation("products", $"A broadcast shows at most {MaxProducts} products.");
        return new Broadcast
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Text = new LocalizedText(text.De.Trim(), string.IsNullOrWhiteSpace(text.En) ? null : text.En.Trim()),
            ProductIds = productIds.Distinct().ToList(),
            Channels = (channels ?? []).Distinct().Select(c => c.ToString()).ToList(),
            Status = BroadcastStatus.Draft,
            CreatedAt = now,
        };
    }

    public bool Targets(Channel channel) => Channels.Count == 0 || Channels.Contains(channel.ToString());

    public Result Start(DateTimeOffset now)
    {
        if (Status != BroadcastStatus.Draft)
            return Error.Conflict(Status == BroadcastStatus.Cancelled ? "cancelled" : "already_sent", $"The broadcast is {Status} and cannot be sent again.");
        Status = BroadcastStatus.Sending;
        StartedAt = now;
        return Result.Success();
    }

    public void Planned(int recipients) => RecipientCount = recipients;

    public Result Cancel(DateTimeOffset now)
    {
        if (Status is BroadcastStatus.Completed or BroadcastStatus.Cancelled)
            return Error.Conflict("already_done", $"The broadcast is {Status} already.");
        Status = BroadcastStatus.Cancelled;
        FinishedAt = now;
        return Result.Success();
    }

    public void Complete(DateTimeOffset now)
    {
        if (Status != BroadcastStatus.Sending)
            return;
        Status = BroadcastStatus.Completed;
        FinishedAt = now;
    }
}
