using System.Text.Json;
using Commerce.Api.Http;
using Commerce.Application.Messaging;
using Commerce.Channels.Line;
using Commerce.Domain.Conversations;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Endpoints;

/// <summary>
/// <c>POST /webhooks/line</c>: LINE Messaging API webhooks (https://developers.line.biz/en/reference/messaging-api/#webhooks).
/// The signature is checked over the raw body before anything is parsed or stored; 200 is answered once every event
/// of the delivery is durably in the inbox. LINE redelivers what was not acknowledged, with the same webhookEventId.
/// </summary>
internal static class LineWebhookEndpoints
{
    public const string SignatureHeader = "X-Line-Signature";

    /// <summary>A delivery holds a few events of a few KB; 1 MB leaves room and still refuses junk early.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/line", ReceiveAsync)
            .WithTags("Webhooks").WithName("LineWebhook").WithSummary("LINE Messaging API webhook events")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IOptions<LineOptions> options,
        IInboxWriter inbox,
        CommerceDbContext db,
        TimeProvider clock,
        RefusalLog refusals,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
            return Results.NotFound();
        var logger = loggers.CreateLogger(typeof(LineWebhookEndpoints));
        var body = await RawBody.ReadAsync(http.Request, MaxBodyBytes, ct);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (!LineSignature.IsValid(body, http.Request.Headers[SignatureHeader].ToString(), settings.ChannelSecret!))
        {
            // Sampled: anyone can post badly signed requests, one warning each would flood the log.
            if (refusals.ShouldWarn("line-signature", out var refused))
                logger.LogWarning("Line webhooks with a missing or wrong signature refused: {Refused} since the last such warning", refused);
            return Results.Unauthorized();
        }

        // LINE sends UTF-8 JSON; bytes that are not UTF-8 at all are no webhook of theirs.
        if (!System.Text.Unicode.Utf8.IsValid(body))
            return Results.BadRequest();

        var now = clock.GetUtcNow();
        LineWebhookBatch? batch;
        try
        {
            using var document = JsonDocument.Parse(body);
            batch = LineWebhookParser.Parse(document.RootElement, now);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        // Without an events array it is no webhook. The console's "Verify" button posts "events": [] and gets its 200.
        if (batch is null)
            return Results.BadRequest();

        // Concurrent accepts share one group commit in the inbox writer.
        var messages = batch.Messages.Select(m => m.ForStorage()).ToList();
        var stored = await Task.WhenAll(messages.Select(m => inbox.AcceptAsync(m, ct)));
        await KeepImagesAsync(db, messages, now, ct);
        foreach (var unfollow in batch.Unfollows)
            await RecordUnfollowAsync(db, unfollow, ct);
        logger.LogDebug(
            "Line webhook: {Stored} stored, {Duplicates} redelivered, {Unfollows} unfollows, {Ignored} ignored",
            stored.Count(s => s), stored.Count(s => !s), batch.Unfollows.Count, batch.Ignored);
        return Results.Ok();
    }

    /// <summary>
    /// Keeps a reference to each image; <see cref="LineContentFetcher"/> downloads it in the background so the webhook
    /// is not held up by the content API. Idempotent for redeliveries. Stickers are no file to keep.
    /// </summary>
    private static async Task KeepImagesAsync(CommerceDbContext db, List<InboundMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var message in messages.Where(m => m.Attachments is { Count: > 0 }))
        {
            for (var position = 0; position < message.Attachments!.Count; position++)
            {
                if (message.Attachments[position].Type != "image")
                    continue;
                var attachment = new ConversationAttachment(message.Channel, message.PlatformMessageId, position, InboxMessage.KeyOf(message.Channel, message.SenderId), message.Attachments[position], now);
                await db.KeepAttachmentAsync(attachment, ct);
            }
        }
    }

    /// <summary>
    /// The shopper blocked the account: nothing is sent to them until they write again or unblock (a follow event).
    /// A redelivered unfollow older than the shopper's last message (they came back meanwhile) changes nothing; a
    /// first delivery always counts, since the conversation's times come partly from our clock, not LINE's.
    /// </summary>
    private static async Task RecordUnfollowAsync(CommerceDbContext db, LineUnfollow unfollow, CancellationToken ct)
    {
        var userId = StoredText.Id(unfollow.UserId, 128);
        await db.Conversations
            .Where(c => c.Channel == Channel.Line && c.SenderId == userId && (!unfollow.Redelivered || c.LastInboundAt <= unfollow.At)
                && (c.UnreachableSince == null || c.UnreachableSince > unfollow.At))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnreachableSince, unfollow.At), ct);
    }
}
