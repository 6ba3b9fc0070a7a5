using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WebChat;

/// <summary>
/// Lets a long poll wait for "something new for this session" without polling the database. State exists only
/// while a poll waits: every subscription is released when its poll ends (reply, timeout or cancel), so the
/// number of entries is bounded by the polls in flight.
/// </summary>
public sealed class WebChatNotifier : IDeliveryObserver
{
    private readonly Dictionary<string, Entry> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Sessions with at least one waiting poll (tests and metrics).</summary>
    public int WaitingSessions
    {
        get
        {
            lock (_gate)
                return _sessions.Count;
        }
    }

    /// <summary>
    /// Subscribes before the caller reads, so a reply published in between is not missed. Dispose it when the
    /// poll ends. Null when <paramref name="maxSessions"/> sessions are already waiting: the poll then answers at once.
    /// </summary>
    public Subscription? Subscribe(string sessionId, int maxSessions = int.MaxValue)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(sessionId, out var entry))
            {
                if (_sessions.Count >= maxSessions)
                    return null;
                _sessions[sessionId] = entry = new Entry();
            }

            entry.Subscribers++;
            return new Subscription(this, sessionId, entry);
        }
    }

    public void Delivered(OutboxMessage message)
    {
        if (message.Channel == Channel.WebChat)
            Published(message.RecipientId);
    }

    public void Published(string sessionId)
    {
        Entry? entry;
        lock (_gate)
            _sessions.Remove(sessionId, out entry);
        entry?.Signal.TrySetResult();
    }

    private void Release(string sessionId, Entry entry)
    {
        lock (_gate)
        {
            // After Published the session may already hold a newer entry; only this one's own count matters.
            if (--entry.Subscribers == 0 && _sessions.TryGetValue(sessionId, out var current) && ReferenceEquals(current, entry))
                _sessions.Remove(sessionId);
        }
    }

    internal sealed class Entry
    {
        public readonly TaskCompletionSource Signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Subscribers;
    }

    public sealed class Subscription : IDisposable
    {
        private readonly WebChatNotifier _owner;
        private readonly string _sessionId;
        private readonly Entry _entry;
        private int _disposed;

        internal Subscription(WebChatNotifier owner, string sessionId, Entry entry) => (_owner, _sessionId, _entry) = (owner, sessionId, entry);

        /// <summary>Completes when something new was published for the session.</summary>
        public Task Published => _entry.Signal.Task;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                _owner.Release(_sessionId, _entry);
        }
    }
}
