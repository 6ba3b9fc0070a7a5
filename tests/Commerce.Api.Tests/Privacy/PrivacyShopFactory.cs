using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Privacy;

/// <summary>
/// The demo shop with web chat and WhatsApp (against a fake Graph API), every log entry captured, a clock tests can
/// move forward, and the retention job running every second in small batches.
/// </summary>
public class PrivacyShopFactory : ApiFactory, IAsyncLifetime
{
    public FakeGraphApi Graph { get; } = new();

    public LogCapture Logs { get; } = new();

    public ShiftingClock Clock { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = MetaShopFactory.Settings(Graph.BaseUrl);
            settings["Privacy:PruneInterval"] = "00:00:01";
            settings["Privacy:PruneBatchSize"] = "2";
            settings["Logging:LogLevel:Default"] = "Trace";
            return settings;
        }
    }

    public new async Task InitializeAsync()
    {
        await Graph.StartAsync();
        await base.InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Graph.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in ExtraSettings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    /// <summary>Posts a WhatsApp text from <paramref name="from"/>, signed like Meta signs it.</summary>
    public Task<HttpResponseMessage> WhatsAppTextAsync(string from, string text) =>
        PostWebhookAsync("whatsapp", MetaShopFactory.Fixture("whatsapp-text.json",
            ("PHONE_ID", MetaShopFactory.PhoneNumberId), ("FROM", from), ("WAMID", "wamid." + Guid.NewGuid().ToString("N")),
            ("TIMESTAMP", Clock.GetUtcNow().ToUnixTimeSeconds().ToString()), ("TEXT", text)));

    public Task<HttpResponseMessage> WhatsAppButtonAsync(string from, string id, string title) =>
        PostWebhookAsync("whatsapp", MetaShopFactory.Fixture("whatsapp-button-reply.json",
            ("PHONE_ID", MetaShopFactory.PhoneNumberId), ("FROM", from), ("WAMID", "wamid." + Guid.NewGuid().ToString("N")),
            ("TIMESTAMP", Clock.GetUtcNow().ToUnixTimeSeconds().ToString()), ("KIND", "button_reply"), ("ID", id), ("TITLE", title)));

    public Task<HttpResponseMessage> WhatsAppImageAsync(string from) =>
        PostWebhookAsync("whatsapp", MetaShopFactory.Fixture("whatsapp-image.json",
            ("PHONE_ID", MetaShopFactory.PhoneNumberId), ("FROM", from), ("WAMID", "wamid." + Guid.NewGuid().ToString("N")),
            ("TIMESTAMP", Clock.GetUtcNow().ToUnixTimeSeconds().ToString()), ("MEDIA_ID", Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString())));

    public Task<HttpResponseMessage> PostWebhookAsync(string channel, string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{channel}") { Content = content };
        request.Headers.Add("X-Hub-Signature-256", Commerce.Channels.Meta.MetaSignature.Sign(bytes, MetaShopFactory.AppSecret));
        return CreateClient().SendAsync(request);
    }

    public static string NewPhone() => "49151" + Random.Shared.Next(10_000_000, 99_999_999);
}

/// <summary>The real clock plus an offset a test can move forward (timers keep running in real time).</summary>
public sealed class ShiftingClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
