using Commerce.Application.Messaging;
using Commerce.Channels.Instagram;
using Commerce.Channels.Messenger;
using Commerce.Channels.Meta;
using Commerce.Channels.Webhooks;
using Commerce.Channels.WhatsApp;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels;

public static class MetaModule
{
    /// <summary>
    /// Messenger, Instagram and WhatsApp: settings from <c>Channels:*</c> (keys as in DESIGN.md), a typed Graph
    /// client, a sender per channel and a readiness entry listing enabled and disabled channels.
    /// </summary>
    public static IServiceCollection AddMetaChannels(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, not now: hosts (and test factories) may add configuration after registration.
        services.AddSingleton(provider => Read(provider.GetRequiredService<IConfiguration>()));
        services.AddHttpClient<GraphApiClient>(http => http.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<GraphClientFactory>();
        // Registered even when disabled (settings are read when first resolved): ChannelSenders leaves out a sender whose
        // IsEnabled is false, as for Telegram and LINE, which register none without their settings.
        services.AddSingleton<IChannelSender, MessengerSender>();
        services.AddSingleton<IChannelSender, InstagramSender>();
        services.AddSingleton<IChannelSender, WhatsAppSender>();
        services.AddHostedService<AttachmentFetcher>();
        services.AddWebhookAdapters();
        foreach (var channel in MetaChannels.All)
        {
            services.AddSingleton<IWebhookAdapter>(provider =>
                new MetaWebhookAdapter(channel, provider.GetRequiredService<MetaChannels>(), provider.GetRequiredService<ILogger<MetaWebhookAdapter>>()));
        }

        services.AddHealthChecks().AddCheck<ChannelsHealthCheck>("channels", tags: ["ready"]);
        return services;
    }

    private static MetaChannels Read(IConfiguration configuration) => new(new Dictionary<Channel, MetaChannelOptions>
    {
        [Channel.Messenger] = Read(configuration, Channel.Messenger, "PageAccessToken", "PageId"),
        [Channel.Instagram] = Read(configuration, Channel.Instagram, "AccessToken", "AccountId"),
        [Channel.WhatsApp] = Read(configuration, Channel.WhatsApp, "AccessToken", "PhoneNumberId"),
    });

    private static MetaChannelOptions Read(IConfiguration configuration, Channel channel, string tokenKey, string accountKey)
    {
        var section = configuration.GetSection($"Channels:{channel}");
        var options = new MetaChannelOptions
        {
            Channel = channel,
            AppSecret = section["AppSecret"],
            VerifyToken = section["VerifyToken"],
            AccessToken = section[tokenKey],
            AccountId = section[accountKey],
            CatalogId = section["CatalogId"],
            UpdateTemplateName = section["UpdateTemplate:Name"],
            MarketingTemplateName = section["MarketingTemplate:Name"],
        };
        if (section["GraphApiBaseUrl"] is { Length: > 0 } baseUrl)
            options.GraphApiBaseUrl = baseUrl;
        if (section["UpdateTemplate:Language"] is { Length: > 0 } language)
            options.UpdateTemplateLanguage = language;
        if (section["MarketingTemplate:Language"] is { Length: > 0 } marketingLanguage)
            options.MarketingTemplateLanguage = marketingLanguage;
        if (section["PageInboxAppId"] is { Length: > 0 } inbox)
            options.PageInboxAppId = inbox;
        if (int.TryParse(section["MessagesPerSecond"], out var perSecond))
            options.MessagesPerSecond = perSecond;
        return options;
    }
}
