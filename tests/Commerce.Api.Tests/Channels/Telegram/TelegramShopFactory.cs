using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>The API with the demo catalog and the Telegram channel pointed at a <see cref="FakeTelegramServer"/>.</summary>
public sealed class TelegramShopFactory : ApiFactory, IAsyncLifetime
{
    public const string BotToken = "123456789:AAtest-token";
    public const string SecretToken = "s3cret_Token-for-tests";

    public FakeTelegramServer Telegram { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Channels:Telegram:BotToken"] = BotToken,
        ["Channels:Telegram:SecretToken"] = SecretToken,
        ["Channels:Telegram:ApiBaseUrl"] = Telegram.BaseUrl,
        // The HTTP client factory logs request URLs here; the bot token is in them, so they must stay silent.
        ["Logging:LogLevel:System.Net.Http"] = "Trace",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        Telegram = await FakeTelegramServer.StartAsync();
        await InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Telegram.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Host settings are visible while Program registers services, which decides whether the channel exists.
        foreach (var (key, value) in ExtraSettings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
