using System.Data.Common;
using System.Text.Json;
using System.Threading.Channels;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// Makes inbound messages durable before a webhook is answered. Concurrent requests are grouped into one
/// multi-row INSERT and one commit (group commit): one fsync serves many webhooks, which is what lets
/// acknowledgements scale past one-commit-per-request.
/// </summary>
public sealed class InboxWriter(DbDataSource dataSource, ISqlDialect dialect, InboxSignal signal, TimeProvider clock, ILogger<InboxWriter> logger)
    : BackgroundService, IInboxWriter
{
    private const int MaxBatch = 512;
    private const int Writers = 2;

    private readonly Channel<Pending> _queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });

    /// <summary>Resolves true when stored now, false when it was already stored (a redelivery).</summary>
    public Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var pending = new Pending(message.ForStorage(), new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
            throw new InvalidOperationException("The inbox is shutting down.");
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => WriteLoopAsync(stoppingToken)));

    private async Task WriteLoopAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
                batch.Add(item);
            if (batch.Count == 0)
                continue;
            try
            {
                Complete(batch, await InsertAsync(batch, stoppingToken));
            }
            catch (Exception exception) when (batch.Count > 1 && exception is not OperationCanceledException)
            {
                // One bad row must not fail the others' acknowledgements: store them one by one, so only the row that
                // the database refuses fails (and every row fails alike when the database itself is away).
                logger.LogWarning("Storing {Count} inbound messages together failed ({Error}); storing them one by one", batch.Count, exception.GetType().Name);
                foreach (var item in batch)
                {
                    try
                    {
                        Complete([item], await InsertAsync([item], stoppingToken));
                    }
                    catch (Exception single)
                    {
                        logger.LogError(single, "Storing inbound message {Channel}/{PlatformMessageId} failed", item.Message.Channel, item.Message.PlatformMessageId);
                        item.Completion.TrySetException(single);
                    }
                }
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Storing {Count} inbound messages failed", batch.Count);
                foreach (var item in batch)
                    item.Completion.TrySetException(exception);
            }
        }
    }

    private void Complete(List<Pending> batch, HashSet<(string, string)> inserted)
    {
        var firstSeen = new HashSet<(string, string)>();
        foreach (var item in batch)
        {
            var key = (item.Message.Channel.ToString(), item.Message.PlatformMessageId);
            item.Completion.TrySetResult(inserted.Contains(key) && firstSeen.Add(key));
        }

        signal.Signal.Notify();
    }

    private async Task<HashSet<(string, string)>> InsertAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        // The statement (ON CONFLICT DO NOTHING or its SQL Server spelling) comes from the provider's dialect.
        var rows = batch.Select(b => new InboxRow(
            b.Message.Channel.ToString(),
            b.Message.PlatformMessageId,
            InboxMessage.KeyOf(b.Message.Channel, b.Message.SenderId),
            JsonSerializer.Serialize(b.Message, JsonColumn.WithoutNulls))).ToList();
        await using var command = dialect.CreateInboxInsert(dataSource, clock.GetUtcNow(), rows);

        var inserted = new HashSet<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            inserted.Add((reader.GetString(0), reader.GetString(1)));
        return inserted;
    }

    private sealed record Pending(InboundMessage Message, TaskCompletionSource<bool> Completion);
}
