using Commerce.Api.Http;
using Commerce.Application.ShopInfo;
using MediatR;

namespace Commerce.Api.Endpoints;

internal static class ShopInfoEndpoints
{
    /// <summary>The whole shop information; a topic left out (or null) has no text afterwards.</summary>
    public sealed record ShopInfoBody(TopicBody? Shipping = null, TopicBody? Delivery = null, TopicBody? Returns = null, TopicBody? Payment = null, TopicBody? Contact = null);

    /// <param name="De">German text (required when there is an English one; at most 1,000 characters).</param>
    /// <param name="En">English text (optional; German is shown where it is missing).</param>
    public sealed record TopicBody(string? De = null, string? En = null);

    public static RouteGroupBuilder MapShopInfoEndpoints(this RouteGroupBuilder api)
    {
        var info = api.MapGroup("/shop-info").WithTags("Shop information");
        info.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetShopInfo(), ct)))
            .WithName("GetShopInfo").WithSummary("What the chat tells shoppers about shipping, delivery, returns, payment and contact (de, en)");
        info.MapPut("/", async (ShopInfoBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateShopInfo(Text(body.Shipping), Text(body.Delivery), Text(body.Returns), Text(body.Payment), Text(body.Contact)), ct)).ToOk())
            .WithName("UpdateShopInfo").WithSummary("Replace the shop information as a whole: per topic de (required with en) and en, at most 1,000 characters each");
        return api;
    }

    private static ShopTextDto? Text(TopicBody? body) => body is null ? null : new ShopTextDto(body.De, body.En);
}
