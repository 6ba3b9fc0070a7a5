using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Line;

/// <summary>
/// Downloads the images LINE shoppers send, soon after the webhook stored their references: the content API keeps
/// them only for a while (https://developers.line.biz/en/reference/messaging-api/#get-content). Bytes above
/// <see cref="ConversationAttachment.MaxBytes"/> are not kept; 202 (not ready), 429 and 5xx are tried again.
/// </summary>
public sealed class LineContentFetcher(IServiceScopeFactory scopes, LineMessagingClient client, TimeProvider clock, ILogger<LineContentFetcher> logger)
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
                logger.LogWarning(exception, "LINE content fetcher loop failed; retrying");
                await Task.Delay(PollInterval * 5, stoppingToken);
            }
        }
    }

    private async Task<bool> FetchSomeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICommerceDbContext>();
        var pending = await db.ConversationAttachments.Where(a => a.Status == AttachmentStatus.Pending && a.Channel == Channel.Line)
            .OrderBy(a => a.Id).Take(10).ToListAsync(cancellationToken);
        foreach (var attachment in pending)
        {
            attachment.Attempts++;
            try
            {
                var file = attachment.MediaId is { Length: > 0 } messageId
                    ? await client.GetContentAsync(messageId, attachment.Url, ConversationAttachment.MaxBytes, cancellationToken)
                    : null;
                if (file is { } f)
                    (attachment.Content, attachment.ContentType, attachment.Status, attachment.FetchedAt) = (f.Bytes, f.ContentType, AttachmentStatus.Stored, clock.GetUtcNow());
                else
                    (attachment.Status, attachment.LastError) = (AttachmentStatus.Failed, "Not found, expired or larger than the cap.");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                attachment.LastError = exception is HttpRequestException { StatusCode: { } status } ? $"HTTP {(int)status}" : exception.GetType().Name;
                if (attachment.Attempts >= MaxAttempts)
                    attachment.Status = AttachmentStatus.Failed;
            }

            logger.LogDebug("Attachment {AttachmentId} of LINE: {Status}", attachment.Id, attachment.Status);
        }

        await db.SaveChangesAsync(cancellationToken);
        return pending.Count > 0;
    }
}
