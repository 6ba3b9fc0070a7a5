using Commerce.Application.Abstractions;
using Commerce.Domain.Conversations;

namespace Commerce.Application.Messaging;

/// <summary>
/// The one way messages for shoppers enter the outbox, written in the caller's transaction. What differs by channel is
/// asked of the channel's adapter here and nowhere else: whether committing is the delivery (the web chat reads its
/// replies from the database: the row is written as sent, and announced to the readers once it is committed), whether
/// the platform passes a thread to its own inbox, and whether it takes offers.
/// </summary>
public sealed class Outbox(ICommerceDbContext db, ChannelSenders senders)
{
    /// <summary>A message to the conversation's shopper.</summary>
    public OutboxMessage Add(Conversation conversation, OutboundReply reply, DateTimeOffset now, string kind) =>
        Add(new OutboxMessage(conversation.Id, conversation.Channel, conversation.SenderId, reply, now, kind));

    /// <summary>A message built by the caller (a turn's answer through its reply token, an offer to a recipient of a broadcast).</summary>
    public OutboxMessage Add(OutboxMessage message)
    {
        if (senders.For(message.Channel) is { DeliversOnCommit: true })
            message.MarkSent(null, message.CreatedAt);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>A person takes over: on platforms with a handover protocol the thread goes to their own inbox too.</summary>
    public void PassThreadToInbox(Conversation conversation, DateTimeOffset now)
    {
        if (PassesThreadControl(conversation.Channel))
            db.OutboxMessages.Add(new OutboxMessage(conversation.Id, conversation.Channel, conversation.SenderId, OutboundReply.Empty, now, OutboxMessage.HandoverKind));
    }

    /// <summary>The team hands back: a thread passed to the platform's inbox is taken back so the bot can answer again.</summary>
    public void TakeThreadBack(Conversation conversation, DateTimeOffset now)
    {
        if (PassesThreadControl(conversation.Channel))
            db.OutboxMessages.Add(new OutboxMessage(conversation.Id, conversation.Channel, conversation.SenderId, OutboundReply.Empty, now, OutboxMessage.TakeBackKind));
    }

    /// <summary>Null when an offer may go to this opted-in shopper now, else why not (a channel without an adapter takes none).</summary>
    public string? RefusesBroadcast(Channel channel, BroadcastAudience audience) =>
        senders.For(channel) is { } sender ? sender.RefusesBroadcast(audience) : ChannelSenders.NotConfigured(channel);

    private bool PassesThreadControl(Channel channel) => senders.For(channel) is { PassesThreadControl: true };
}
