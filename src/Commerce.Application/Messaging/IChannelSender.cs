using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

/// <summary>
/// Sends one outbox message through a messenger. Implementations render the neutral reply for their platform
/// and classify failures so the dispatcher knows whether a retry can help.
/// </summary>
public interface IChannelSender
{
    Channel Channel { get; }

    /// <summary>False when the channel's settings are missing (read when first asked): it then takes nothing (<see cref="ChannelSenders"/>).</summary>
    bool IsEnabled => true;

    /// <summary>
    /// True when committing the reply is the delivery (the web chat reads replies from the database): the turn then
    /// marks it sent itself and no dispatcher hop is needed.
    /// </summary>
    bool DeliversOnCommit => false;

    Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The channel's policy for offers (broadcasts): null when one may go to this opted-in shopper now, else the reason
    /// it may not. The sender checks again when it sends, since a messaging window can close in between.
    /// </summary>
    string? RefusesBroadcast(BroadcastAudience audience) => null;

    /// <summary>
    /// True when the platform has a handover protocol (Messenger, Instagram): when a shopper asks for a person the
    /// thread is passed to the platform's own inbox (an outbox row of kind <see cref="OutboxMessage.HandoverKind"/>),
    /// and taken back when the team hands the chat back (<see cref="OutboxMessage.TakeBackKind"/>).
    /// </summary>
    bool PassesThreadControl => false;
}

/// <summary>What a channel's broadcast policy may weigh: the messaging window and Messenger's marketing-messages consent.</summary>
public sealed record BroadcastAudience(DateTimeOffset LastInboundAt, DateTimeOffset Now, string? MarketingToken = null, DateTimeOffset? MarketingTokenExpiresAt = null)
{
    public bool HasMarketingConsent => MarketingToken is { Length: > 0 } && (MarketingTokenExpiresAt is null || MarketingTokenExpiresAt > Now);
}

/// <summary>
/// What a sender needs to know about the conversation at send time: messaging windows and language, since when the
/// shopper has blocked or unfollowed the shop (then nothing is sent), and Messenger's marketing-messages token.
/// </summary>
/// <param name="MarketingToken">Messenger's marketing-messages token, when the shopper gave one (offers are sent with it).</param>
public sealed record DeliveryContext(
    DateTimeOffset LastInboundAt,
    string Language,
    DateTimeOffset? UnreachableSince = null,
    string? MarketingToken = null,
    DateTimeOffset? MarketingTokenExpiresAt = null);

public enum SendOutcome
{
    Sent,
    TransientFailure,
    PermanentFailure,
    Undeliverable,
}

public sealed record SendResult(SendOutcome Outcome, string? PlatformMessageId = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Sent(string? platformMessageId) => new(SendOutcome.Sent, platformMessageId);

    public static SendResult Transient(string error, TimeSpan? retryAfter = null) => new(SendOutcome.TransientFailure, Error: error, RetryAfter: retryAfter);

    public static SendResult Permanent(string error) => new(SendOutcome.PermanentFailure, Error: error);

    public static SendResult NotDeliverable(string reason) => new(SendOutcome.Undeliverable, Error: reason);
}
