using Commerce.Channels.Meta;
using Commerce.Channels.Webhooks;

namespace Commerce.Api.Endpoints;

/// <summary>
/// Webhooks of Messenger, Instagram and WhatsApp: the subscription check (GET) and signed event deliveries (POST),
/// verified and parsed by <see cref="MetaWebhookAdapter"/>.
/// A delivery is answered 200 only after every message in it is stored in the inbox; the bot replies later.
/// </summary>
internal static class MetaWebhookEndpoints
{
    public static IEndpointRouteBuilder MapMetaWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/webhooks").WithTags("Meta webhooks").ExcludeFromDescription();
        foreach (var channel in MetaChannels.All)
        {
            var path = "/" + channel.ToString().ToLowerInvariant();
            hooks.MapGet(path, (HttpContext http, WebhookAdapters adapters) => Subscribe(http, (MetaWebhookAdapter)adapters[channel]));
            hooks.MapInboundWebhook(path, channel);
        }

        return app;
    }

    private static IResult Subscribe(HttpContext http, MetaWebhookAdapter adapter)
    {
        if (!adapter.IsEnabled)
            return Results.NotFound();
        return adapter.Challenge(http.Request.Query) is { } challenge
            ? Results.Text(challenge, "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }
}
