using Commerce.Application.Inbound;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Http;

namespace Commerce.Channels.Webhooks;

/// <summary>
/// A channel's inbound half: decides whether a webhook request comes from the platform and turns its raw body into a
/// batch for <see cref="AcceptInbound"/>. The host reads the body (see <see cref="WebhookLimits"/>), asks the adapter,
/// hands the batch to the Application and answers 200 once it is stored; what a batch means is not the adapter's
/// business, nor is the database.
/// </summary>
public interface IWebhookAdapter
{
    Channel Channel { get; }

    /// <summary>False while the channel is not configured: its webhook answers 404 and reads nothing.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// A refusal the headers alone decide (Telegram's secret token), answered before the body is read; null to go on.
    /// Channels that sign the body decide in <see cref="Read"/>.
    /// </summary>
    WebhookRefusal? CheckHeaders(IHeaderDictionary headers) => null;

    /// <summary>Verifies the body's signature (over the bytes exactly as received) and parses it.</summary>
    WebhookReading Read(IHeaderDictionary headers, byte[] body, DateTimeOffset now);
}

/// <summary>What an adapter made of a request: a refusal or a batch.</summary>
public abstract record WebhookReading;

/// <param name="StatusCode">401 for a request that is not the platform's, 400 for a body that is no webhook.</param>
/// <param name="FailedCheck">What a 401 failed ("signature", "secret token"), for the sampled warning.</param>
public sealed record WebhookRefusal(int StatusCode, string? FailedCheck = null) : WebhookReading
{
    public static WebhookRefusal BadRequest { get; } = new(StatusCodes.Status400BadRequest);

    public static WebhookRefusal Unauthorized(string failedCheck) => new(StatusCodes.Status401Unauthorized, failedCheck);
}

/// <param name="Inbound">What to accept.</param>
/// <param name="Accepted">What the adapter does once the batch is stored, e.g. Telegram answers a button press.</param>
/// <param name="Ignored">Events that were no turn, status or consent (receipts, echoes, group chats), for the debug log.</param>
public sealed record WebhookBatch(AcceptInbound Inbound, Action? Accepted = null, int Ignored = 0) : WebhookReading;
