using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.Meta;

/// <summary>
/// What every Meta sender does alike: decide whether the 24-hour window allows the message, render it, and send its
/// parts in order through a rate limiter, resuming after the parts that already went out.
/// </summary>
public abstract class MetaSender(MetaChannelOptions options, GraphClientFactory clients, TimeProvider clock) : IChannelSender, IDisposable
{
    public const string UpdateKind = "update";

    public Channel Channel => options.Channel;

    public bool IsEnabled => options.Enabled;

    protected MetaChannelOptions Options => options;

    protected TimeProvider Clock => clock;

    public async Task<SendResult> SendAsync(OutboxMessage message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Kind is OutboxMessage.HandoverKind or OutboxMessage.TakeBackKind)
            return await ThreadControlAsync(message, cancellationToken);
        var insideWindow = clock.GetUtcNow() - context.LastInboundAt <= MetaCapabilities.Window;
        var plan = Plan(message, context, insideWindow);
        if (plan.Refusal is { } refusal)
            return SendResult.NotDeliverable(refusal);
        if (plan.Bodies.Count == 0)
            return SendResult.Sent(message.PlatformMessageId);

        var client = clients.Create();
        for (var part = message.SentParts; part < plan.Bodies.Count; part++)
        {
            using var lease = await Limiter.AcquireAsync(message.RecipientId, cancellationToken);
            if (!lease.IsAcquired)
            {
                lease.TryGetMetadata(MetadataName.RetryAfter, out var wait);
                return SendResult.Transient("Rate limit reached; waiting.", wait == default ? TimeSpan.FromSeconds(1) : wait);
            }

            var call = await client.PostAsync(SendUri, options.AccessToken!, Envelope(message.RecipientId, plan.Bodies[part], plan), cancellationToken);
            if (call.Failure is { } failure)
                return failure;
            message.PlatformMessageId = call.MessageId ?? message.PlatformMessageId;
            message.SentParts = part + 1;
        }

        return SendResult.Sent(message.PlatformMessageId);
    }

    /// <inheritdoc cref="IChannelSender.PassesThreadControl"/>
    public virtual bool PassesThreadControl => false;

    /// <summary>
    /// Meta's handover protocol: <c>pass_thread_control</c> to the Page Inbox (the team answers in Meta Business Suite
    /// too), <c>take_thread_control</c> when the team hands the chat back to the bot.
    /// https://developers.facebook.com/docs/messenger-platform/handover-protocol
    /// </summary>
    private async Task<SendResult> ThreadControlAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!PassesThreadControl)
            return SendResult.Sent(null);
        var pass = message.Kind == OutboxMessage.HandoverKind;
        var body = new JsonObject { ["recipient"] = new JsonObject { ["id"] = message.RecipientId } };
        if (pass)
        {
            body["target_app_id"] = options.PageInboxAppId;
            body["metadata"] = "The shopper asked for a person.";
        }
        else
        {
            body["metadata"] = "Handed back to the bot.";
        }

        var call = await clients.Create().PostAsync(options.Endpoint(pass ? "me/pass_thread_control" : "me/take_thread_control"), options.AccessToken!, body, cancellationToken);
        return call.Failure ?? SendResult.Sent(null);
    }

    /// <inheritdoc cref="IChannelSender.RefusesBroadcast"/>
    public virtual string? RefusesBroadcast(BroadcastAudience audience) => null;

    protected abstract Uri SendUri { get; }

    /// <summary>Paces the sends; keyed by recipient. Owned by the sender (a singleton) and disposed with it.</summary>
    protected abstract SendRateLimiter<string> Limiter { get; }

    public void Dispose()
    {
        Limiter.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The bodies to send, or why the message cannot be sent now.</summary>
    protected abstract SendPlan Plan(OutboxMessage message, DeliveryContext context, bool insideWindow);

    /// <summary>Wraps one rendered body with the recipient and the channel's envelope fields.</summary>
    protected abstract JsonObject Envelope(string recipientId, JsonObject body, SendPlan plan);

    /// <param name="RecipientToken">Messenger marketing messages: sent to this token instead of the recipient's id.</param>
    protected sealed record SendPlan(IReadOnlyList<JsonObject> Bodies, string? MessagingType = null, string? Tag = null, string? Refusal = null)
    {
        public string? RecipientToken { get; init; }

        public static SendPlan Refused(string reason) => new([], Refusal: reason);
    }
}
