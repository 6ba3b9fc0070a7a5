using Commerce.Application.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Endpoints;

/// <summary>Applies a verified payment event, whoever delivered it (Stripe's webhook, the sandbox page).</summary>
internal static class PaymentEvents
{
    private const int Attempts = 3;

    /// <summary>
    /// Concurrent deliveries of one event race to record its id; the loser's transaction fails on the unique key (or on
    /// the order's concurrency token). Running the command again in a fresh scope then sees the recorded event and
    /// answers <see cref="PaymentEventOutcome.Duplicate"/>, so every delivery is acknowledged and the effect happens once.
    /// </summary>
    public static async Task<PaymentEventOutcome> ApplyAsync(IServiceScopeFactory scopes, PaymentEvent paymentEvent, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new HandlePaymentEvent(paymentEvent), ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another delivery of this event (or another change to its order) committed first: look again.
            }
        }
    }
}
