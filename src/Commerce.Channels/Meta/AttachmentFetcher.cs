using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Meta;

/// <summary>
/// Downloads shoppers' attachments soon after the webhook stored their references. WhatsApp sends a media id:
/// <c>GET {base}/{media-id}</c> gives a short-lived URL that is downloaded with the same token. Messenger and
/// Instagram send a CDN URL directly. Bytes above <see cref="ConversationAttachment.MaxBytes"/> are not kept.
/// https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#retrieve-media-url
/// </summary>
public sealed class AttachmentFetcher(IServiceScopeFactory scopes, MetaChannels channels, GraphClientFactory clients, TimeProvider clock, ILogger<AttachmentFetcher> logger)
    : BackgroundService
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await FetchSomeAsync(stoppingToken))
                    await Task.Delay(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Attachment fetcher loop failed; retrying");
                await Task.Delay(PollInterval * 5, stoppingToken);
            }
        }
    }

    /// <summary>Meta's attachments only: LINE's are fetched from its own content API (LineContentFetcher).</summary>
    private async Task<bool> FetchSomeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICommerceDbContext>();
        var pending = await db.ConversationAttachments.Where(a => a.Status == AttachmentStatus.Pending
                && (a.Channel == Channel.Messenger || a.Channel == Channel.Instagram || a.Channel == Channel.WhatsApp)).OrderBy(a => a.Id).Take(10).ToListAsync(cancellationToken);
        foreach (var attachment in pending)
        {
            attachment.Attempts++;
            try
            {
                var file = await DownloadAsync(attachment, cancellationToken);
                if (file is { } f)
                {
                    (attachment.Content, attachment.ContentType, attachment.Status, attachment.FetchedAt) = (f.Bytes, f.ContentType, AttachmentStatus.Stored, clock.GetUtcNow());
                }
                else if (attachment.Attempts >= MaxAttempts)
                {
                    (attachment.Status, attachment.LastError) = (AttachmentStatus.Failed, "Not found, expired or larger than the cap.");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                attachment.LastError = exception.GetType().Name;
                if (attachment.Attempts >= MaxAttempts)
                    attachment.Status = AttachmentStatus.Failed;
            }

            logger.LogDebug("Attachment {AttachmentId} of {Channel}: {Status}", attachment.Id, attachment.Channel, attachment.Status);
        }

        await db.SaveChangesAsync(cancellationToken);
        return pending.Count > 0;
    }

    private async Task<(byte[] Bytes, string? ContentType)?> DownloadAsync(ConversationAttachment attachment, CancellationToken cancellationToken)
    {
        var options = channels[attachment.Channel];
        var client = clients.Create();
        if (attachment.Channel == Channel.WhatsApp && attachment.MediaId is { Length: > 0 } mediaId && options.Enabled)
        {
            var media = await client.GetJsonAsync(options.Endpoint(Uri.EscapeDataString(mediaId)), options.AccessToken!, cancellationToken);
            return media?.Str("url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                ? await client.DownloadAsync(uri, options.AccessToken, ConversationAttachment.MaxBytes, cancellationToken)
                : null;
        }

        return Uri.TryCreate(attachment.Url, UriKind.Absolute, out var direct) && direct.Scheme is "https" or "http"
            ? await client.DownloadAsync(direct, null, ConversationAttachment.MaxBytes, cancellationToken)
            : null;
    }
}
