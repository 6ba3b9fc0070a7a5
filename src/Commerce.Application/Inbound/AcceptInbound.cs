using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using MediatR;

namespace Commerce.Application.Inbound;

/// <summary>Which attachments of a batch are files a background fetcher downloads, so their references are kept now.</summary>
public enum KeptAttachments
{
    /// <summary>None: the channel has no fetcher (Telegram, web chat).</summary>
    None,

    /// <summary>Every attachment (Meta: images, stickers, video, audio and documents are all media to download).</summary>
    All,

    /// <summary>Images only (LINE: a sticker names a sticker, there is no file behind it).</summary>
    Images,
}

/// <summary>
/// What one webhook delivery (or one web chat post) brings, as its channel's adapter parsed it: shopper turns for the
/// inbox, delivery reports on messages we sent, marketing-messages consents and blocks. The caller answers the platform
/// once this completes, since a platform redelivers what was not acknowledged.
/// Not a command: every part is idempotent on its own (a redelivery finds what is stored and changes nothing), and
/// the messages join the inbox writer's group commit, which a transaction around the batch would only hold up.
/// </summary>
public sealed record AcceptInbound(
    Channel Channel,
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<DeliveryStatusUpdate>? Statuses = null,
    IReadOnlyList<MarketingOptIn>? OptIns = null,
    IReadOnlyList<ShopperBlocked>? Blocks = null,
    KeptAttachments Attachments = KeptAttachments.None) : IRequest<InboundAccepted>;

/// <param name="Stored">Messages stored now.</param>
/// <param name="Redelivered">Messages stored before: a redelivery, acknowledged again and not answered twice.</param>
public sealed record InboundAccepted(int Stored, int Redelivered);

/// <remarks>
/// Everything but the messages is written through the DbContext, which a plain text message (the common case, and the
/// one acknowledged thousands of times a second) never needs: those parts are resolved only when a batch carries them.
/// </remarks>
public sealed class AcceptInboundHandler(
    IInboxWriter inbox,
    Lazy<IAttachmentReferences> attachments,
    Lazy<MarketingConsents> consents,
    Lazy<DeliveryStatuses> statuses,
    Lazy<ShopperBlocks> blocks,
    TimeProvider clock) : IRequestHandler<AcceptInbound, InboundAccepted>
{
    public async Task<InboundAccepted> Handle(AcceptInbound request, CancellationToken cancellationToken)
    {
        // Accepted together, so concurrent deliveries share one INSERT and one commit in the inbox writer.
        var messages = request.Messages.Select(m => m.ForStorage()).ToList();
        var stored = await Task.WhenAll(messages.Select(m => inbox.AcceptAsync(m, cancellationToken)));
        var now = clock.GetUtcNow();
        await KeepAttachmentsAsync(messages, request.Attachments, now, cancellationToken);
        if (request.OptIns is { Count: > 0 } optIns)
            await consents.Value.RecordAsync(request.Channel, optIns, now, cancellationToken);
        if (request.Statuses is { Count: > 0 } updates)
            await statuses.Value.RecordAsync(request.Channel, updates, cancellationToken);
        if (request.Blocks is { Count: > 0 } blocked)
            await blocks.Value.RecordAsync(request.Channel, blocked, cancellationToken);
        return new InboundAccepted(stored.Count(s => s), stored.Count(s => !s));
    }

    /// <summary>
    /// Keeps a reference to each file; the channel's fetcher downloads it in the background so the webhook is not held
    /// up by a media download. Idempotent for redeliveries.
    /// </summary>
    private async Task KeepAttachmentsAsync(List<InboundMessage> messages, KeptAttachments kept, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (kept == KeptAttachments.None)
            return;
        foreach (var message in messages.Where(m => m.Attachments is { Count: > 0 }))
        {
            for (var position = 0; position < message.Attachments!.Count; position++)
            {
                var attachment = message.Attachments[position];
                if (kept == KeptAttachments.Images && attachment.Type != "image")
                    continue;
                var key = InboxMessage.KeyOf(message.Channel, message.SenderId);
                await attachments.Value.KeepAsync(new ConversationAttachment(message.Channel, message.PlatformMessageId, position, key, attachment, now), cancellationToken);
            }
        }
    }
}
