namespace Commerce.Infrastructure.Messaging;

/// <summary>Wakes a worker as soon as there is work in this process; workers still poll for other instances' rows.</summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: one wake-up covers any number of new rows.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _semaphore.WaitAsync(timeout, cancellationToken);
}

public sealed class InboxSignal
{
    public WorkSignal Signal { get; } = new();
}

public sealed class OutboxSignal
{
    public WorkSignal Signal { get; } = new();
}

public sealed class PaymentSessionSignal
{
    public WorkSignal Signal { get; } = new();
}
