namespace Commerce.Application.Privacy;

/// <summary>Settings of the <c>Privacy</c> section.</summary>
public sealed class PrivacyOptions
{
    /// <summary>Raw inbox/outbox payloads and shoppers' photos older than this many days are pruned.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often the pruning job runs.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so pruning never holds long locks.</summary>
    public int PruneBatchSize { get; set; } = 500;

    /// <summary>How long a code for linking chats is valid.</summary>
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
