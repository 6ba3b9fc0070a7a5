using Commerce.Application.Inbound;
using Commerce.Application.Messaging;

namespace Commerce.Channels.Meta;

/// <summary>What one webhook delivery held: shopper turns to store, delivery states to record, and what was skipped.</summary>
public sealed class MetaWebhookBatch
{
    /// <summary>False when the body's <c>object</c> is not the one this channel receives.</summary>
    public bool KnownObject { get; set; } = true;

    public List<InboundMessage> Messages { get; } = [];

    public List<DeliveryStatusUpdate> Statuses { get; } = [];

    /// <summary>Messenger marketing-messages opt-ins and stops (<c>optin</c> events of type notification_messages).</summary>
    public List<MarketingOptIn> MarketingOptIns { get; } = [];

    /// <summary>Receipts, echoes, reactions and other events that are not shopper turns.</summary>
    public int Ignored { get; set; }

    /// <summary>Page ids / phone number ids the events were addressed to that are not ours (logged, not stored).</summary>
    public HashSet<string> ForeignAccountIds { get; } = [];
}

