using Commerce.Channels.Telegram;
using Commerce.Domain.Conversations;

namespace Commerce.Api.Endpoints;

/// <summary>
/// <c>POST /webhooks/telegram</c>: Telegram's updates, verified and parsed by <see cref="TelegramWebhookAdapter"/>.
/// Answers 200 once the update is durably in the inbox; anything but 2xx makes Telegram deliver it again.
/// </summary>
internal static class TelegramWebhookEndpoints
{
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapInboundWebhook("/webhooks/telegram", Channel.Telegram)
            .WithTags("Webhooks").WithName("TelegramWebhook").WithSummary("Telegram Bot API updates");
        return app;
    }
}
