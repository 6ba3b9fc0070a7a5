using Commerce.Api.Http;
using Commerce.Application.Broadcasts;
using Commerce.Infrastructure.Broadcasts;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class BroadcastEndpoints
{
    /// <param name="Products">Up to 10 product ids or SKUs, shown in this order.</param>
    /// <param name="Channels">Only these channels (WebChat, Messenger, Instagram, WhatsApp, Telegram); all when omitted.</param>
    public sealed record CreateBody(string? Name = null, TextBody? Text = null, IReadOnlyList<string>? Products = null, IReadOnlyList<string>? Channels = null);

    /// <param name="De">German text (required).</param>
    /// <param name="En">English text (optional; German is sent where it is missing).</param>
    public sealed record TextBody(string? De = null, string? En = null);

    public static RouteGroupBuilder MapBroadcastEndpoints(this RouteGroupBuilder api)
    {
        var broadcasts = api.MapGroup("/broadcasts").WithTags("Broadcasts");
        broadcasts.MapPost("/", async (CreateBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateBroadcast(body.Name, body.Text is { } text ? new BroadcastTextDto(text.De ?? "", text.En) : null, body.Products, body.Channels), ct)).ToCreated(b => $"/api/v1/broadcasts/{b.Id}"))
            .WithName("CreateBroadcast").WithSummary("Draft an offer: name, text (de, en), up to 10 products by id or SKU, optional channels");
        broadcasts.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListBroadcasts(page ?? 1, pageSize ?? 20), ct)).ToOk())
            .WithName("ListBroadcasts").WithSummary("Broadcasts, newest first");
        broadcasts.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBroadcast(id), ct)).ToOk())
            .WithName("GetBroadcast").WithSummary("A broadcast with its report per channel: recipients, sent, delivered, read, skipped and failed with reasons, opt-outs, orders");
        broadcasts.MapPost("/{id:guid}/send", async (Guid id, IMediator mediator, BroadcastSignal signal, CancellationToken ct) =>
            {
                var sent = await mediator.Send(new SendBroadcast(id), ct);
                if (sent.IsSuccess)
                    signal.Signal.Notify();
                return sent.ToOk();
            })
            .WithName("SendBroadcast").WithSummary("Fix the recipients (opted-in conversations now) and start sending in the background");
        broadcasts.MapPost("/{id:guid}/cancel", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CancelBroadcast(id), ct)).ToOk())
            .WithName("CancelBroadcast").WithSummary("Stop a broadcast: recipients not yet handled get nothing");
        return api;
    }
}
