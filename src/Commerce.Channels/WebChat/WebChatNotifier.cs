using System.Collections.Concurrent;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WebChat;

/// <summary>Lets a long poll wait for "something new for this session" without polling the database.</summary>
public sealed class WebChatNotifier : IDeliveryObserver
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new();

    public Task WaitAsync(string sessionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(sessionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiter.Task.WaitAsync(timeout, cancellationToken);
    }

    public void Delivered(OutboxMessage message)
    {
        if (message.Channel == Channel.WebChat)
            Published(message.RecipientId);
    }

    public void Published(string sessionId)
    {
        if (_waiters.TryRemove(sessionId, out var waiter))
            waiter.TrySetResult();
    }
}
