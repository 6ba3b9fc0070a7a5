using Commerce.Channels.Line;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Endpoints;

/// <summary>
/// <c>POST /webhooks/line</c>: LINE Messaging API webhooks, verified and parsed by <see cref="LineWebhookAdapter"/>;
/// 200 is answered once every event of the delivery is durably in the inbox.
/// </summary>
internal static class LineWebhookEndpoints
{
    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder app)
    {
        app.MapInboundWebhook("/webhooks/line", Channel.Line)
            .WithTags("Webhooks").WithName("LineWebhook").WithSummary("LINE Messaging API webhook events");
        return app;
    }
}
