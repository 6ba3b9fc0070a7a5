using Commerce.Api.Http;
using System.Text.Json;
using Commerce.Application.Messaging;
using Commerce.Channels.Messenger;
using Commerce.Channels.Meta;
using Commerce.Channels.WhatsApp;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Endpoints;

/// <summary>
/// Webhooks of Messenger, Instagram and WhatsApp: the subscription check (GET) and signed event deliveries (POST).
/// A delivery is answered 200 only after every message in it is stored in the inbox; the bot replies later.
/// https://developers.facebook.com/docs/graph-api/webhooks/getting-started
/// </summary>
internal static class MetaWebhookEndpoints
{
    /// <summary>Meta batches up to 1000 updates in one delivery; a megabyte holds them with room to spare.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapMetaWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/webhooks").WithTags("Meta webhooks").ExcludeFromDescription();
        foreach (var channel in MetaChannels.All)
        {
            var path = "/" + channel.ToString().ToLowerInvariant();
            hooks.MapGet(path, (HttpContext http, MetaChannels channels) => Subscribe(http, channels[channel]));
            hooks.MapPost(path, (HttpContext http, MetaChannels channels, IInboxWriter inbox, CommerceDbContext db, TimeProvider clock, RefusalLog refusals, ILoggerFactory logs, CancellationToken ct) =>
                ReceiveAsync(http, channels[channel], inbox, db, clock, refusals, logs.CreateLogger("Commerce.Webhooks.Meta"), ct))
                // Without it the default limit for small merchant and chat requests would refuse a full delivery.
                .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        }

        return app;
    }

    /// <summary>
    /// Echoes hub.challenge when hub.mode is "subscribe" and hub.verify_token matches.
    /// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
    /// </summary>
    private static IResult Subscribe(HttpContext http, MetaChannelOptions options)
    {
        if (!options.Enabled)
            return Results.NotFound();
        var query = http.Request.Query;
        return query["hub.mode"] == "subscribe" && MetaSignature.SecretEquals(query["hub.verify_token"], options.VerifyToken!) && query["hub.challenge"].ToString() is { Length: > 0 } challenge
            ? Results.Text(challenge, "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, MetaChannelOptions options, IInboxWriter inbox, CommerceDbContext db, TimeProvider clock, RefusalLog refusals, ILogger logger, CancellationToken ct)
    {
        if (!options.Enabled)
            return Results.NotFound();
        var body = await RawBody.ReadAsync(http.Request, MaxBodyBytes, ct);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!MetaSignature.IsValid(body, http.Request.Headers["X-Hub-Signature-256"], options.AppSecret!))
        {
            // Sampled: anyone can post badly signed requests, one warning each would flood the log.
            if (refusals.ShouldWarn($"meta-signature:{options.Channel}", out var refused))
                logger.LogWarning("{Channel} webhooks with a missing or wrong signature refused: {Refused} since the last such warning", options.Channel, refused);
            return Results.Unauthorized();
        }

        MetaWebhookBatch batch;
        try
        {
            using var document = JsonDocument.Parse(body);
            batch = options.Channel == Channel.WhatsApp
                ? WhatsAppWebhookParser.Parse(document.RootElement, options.AccountId!, clock.GetUtcNow())
                : SendApiWebhookParser.Parse(document.RootElement, options.Channel, options.AccountId, clock.GetUtcNow());
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        // Meta retries anything but 200 for hours and then disables the subscription, so an object we do not
        // handle is acknowledged and logged rather than refused.
        if (!batch.KnownObject)
            logger.LogWarning("{Channel} webhook for an object this endpoint does not handle; ignored", options.Channel);
        if (batch.ForeignAccountIds.Count > 0)
            logger.LogWarning("{Channel} webhook events for other accounts ignored: {AccountIds}", options.Channel, string.Join(",", batch.ForeignAccountIds));

        // Concurrent accepts share one group commit in the inbox writer.
        var messages = batch.Messages.Select(m => m.ForStorage()).ToList();
        var stored = await Task.WhenAll(messages.Select(m => inbox.AcceptAsync(m, ct)));
        await KeepAttachmentsAsync(db, messages, clock.GetUtcNow(), ct);
        await RecordMarketingOptInsAsync(db, options.Channel, batch.MarketingOptIns, clock.GetUtcNow(), ct);
        await RecordStatusesAsync(db, options.Channel, batch.Statuses.Select(s => s with
        {
            PlatformMessageId = StoredText.Id(s.PlatformMessageId, 256),
            Error = StoredText.CleanOrNull(s.Error),
        }).ToList(), ct);
        logger.LogDebug(
            "{Channel} webhook: {Stored} stored, {Duplicates} redelivered, {Statuses} statuses, {Ignored} ignored",
            options.Channel, stored.Count(s => s), stored.Count(s => !s), batch.Statuses.Count, batch.Ignored);
        return Results.Ok();
    }

    /// <summary>
    /// Keeps the shopper's marketing-messages consent on their conversation (started here if they never wrote). A turn
    /// saving the same conversation at the same moment wins the race; the consent is then applied once more.
    /// </summary>
    private static async Task RecordMarketingOptInsAsync(CommerceDbContext db, Channel channel, List<MarketingOptIn> optIns, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var optIn in optIns)
        {
            var sender = StoredText.Id(optIn.SenderId, 128);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Channel == channel && c.SenderId == sender, ct);
                    if (conversation is null)
                    {
                        conversation = Conversation.Start(channel, sender, "de", now);
                        db.Conversations.Add(conversation);
                    }

                    if (optIn.Stopped)
                        conversation.StopMarketingMessages(now);
                    else
                        conversation.GrantMarketingMessages(StoredText.Clean(optIn.Token!), optIn.ExpiresAt, now);
                    await db.SaveChangesAsync(ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < 2)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    /// <summary>
    /// Keeps a reference to each attachment; <see cref="Commerce.Channels.Meta.AttachmentFetcher"/> downloads it in the background so the
    /// webhook is not held up by a media download. Idempotent for redeliveries.
    /// </summary>
    private static async Task KeepAttachmentsAsync(CommerceDbContext db, List<InboundMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var message in messages.Where(m => m.Attachments is { Count: > 0 }))
        {
            for (var position = 0; position < message.Attachments!.Count; position++)
            {
                var a = new ConversationAttachment(message.Channel, message.PlatformMessageId, position, InboxMessage.KeyOf(message.Channel, message.SenderId), message.Attachments[position], now);
                await db.KeepAttachmentAsync(a, ct);
            }
        }
    }

    /// <summary>
    /// Keeps the latest state per sent message. Statuses can arrive out of order, so a state only replaces an
    /// earlier one (sent &lt; delivered &lt; read; failed replaces sent and delivered).
    /// </summary>
    private static async Task RecordStatusesAsync(CommerceDbContext db, Channel channel, List<DeliveryStatusUpdate> statuses, CancellationToken ct)
    {
        foreach (var status in statuses)
        {
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
                await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryStatus, status.Status).SetProperty(m => m.DeliveryStatusAt, status.At).SetProperty(m => m.LastError, reason), ct);
            }
            else
            {
                await rows.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryStatus, status.Status).SetProperty(m => m.DeliveryStatusAt, status.At), ct);
            }
        }
    }
}
