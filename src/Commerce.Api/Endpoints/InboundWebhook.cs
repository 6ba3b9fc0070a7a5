using Commerce.Api.Http;
using Commerce.Channels.Webhooks;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Endpoints;

/// <summary>
/// The one way a channel's webhook is received: the channel's adapter verifies and parses the request, the Application
/// accepts the batch, and the platform gets its 200 only once the batch is stored (it redelivers anything else).
/// </summary>
internal static class InboundWebhook
{
    public static RouteHandlerBuilder MapInboundWebhook(this IEndpointRouteBuilder app, string pattern, Channel channel) =>
        app.MapPost(pattern, (HttpContext http, WebhookAdapters adapters, IMediator mediator, TimeProvider clock, RefusalLog refusals, ILoggerFactory logs, CancellationToken ct) =>
                ReceiveAsync(http, adapters[channel], mediator, clock, refusals, logs.CreateLogger($"Commerce.Webhooks.{channel}"), ct))
            // Without it the default limit for small merchant and chat requests would refuse a full delivery.
            .WithMetadata(new RequestSizeLimitAttribute(WebhookLimits.MaxBodyBytes));

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, IWebhookAdapter adapter, IMediator mediator, TimeProvider clock, RefusalLog refusals, ILogger logger, CancellationToken ct)
    {
        if (!adapter.IsEnabled)
            return Results.NotFound();
        if (adapter.CheckHeaders(http.Request.Headers) is { } early)
            return Refuse(adapter.Channel, early, refusals, logger);
        var body = await RawBody.ReadAsync(http.Request, WebhookLimits.MaxBodyBytes, ct);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        switch (adapter.Read(http.Request.Headers, body, clock.GetUtcNow()))
        {
            case WebhookBatch batch:
                var accepted = await mediator.Send(batch.Inbound, ct);
                batch.Accepted?.Invoke();
                logger.LogDebug(
                    "{Channel} webhook: {Stored} stored, {Duplicates} redelivered, {Statuses} statuses, {Ignored} ignored",
                    adapter.Channel, accepted.Stored, accepted.Redelivered, batch.Inbound.Statuses?.Count ?? 0, batch.Ignored);
                return Results.Ok();
            case WebhookRefusal refusal:
                return Refuse(adapter.Channel, refusal, refusals, logger);
            default:
                throw new InvalidOperationException("A webhook adapter answers with a batch or a refusal.");
        }
    }

    private static IResult Refuse(Channel channel, WebhookRefusal refusal, RefusalLog refusals, ILogger logger)
    {
        // Sampled: anyone can post badly signed requests, one warning each would flood the log.
        if (refusal.FailedCheck is { } check && refusals.ShouldWarn($"{check}:{channel}", out var refused))
            logger.LogWarning("{Channel} webhooks with a missing or wrong {Check} refused: {Refused} since the last such warning", channel, check, refused);
        return Results.StatusCode(refusal.StatusCode);
    }
}
