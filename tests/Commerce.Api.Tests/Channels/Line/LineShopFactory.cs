using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>A clock that runs with real time and that a test can move forward: timers and delays stay real.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>
/// The API with the demo catalog and the LINE channel pointed at a <see cref="FakeLineApi"/>. The app and the fake share
/// one <see cref="ShiftableClock"/>, so a test can let reply tokens expire without waiting a minute.
/// </summary>
public sealed class LineShopFactory : ApiFactory, IAsyncLifetime
{
    public const string ChannelSecret = "8c570fa6dd201bb328f1c1eac23a96d8";
    public const string AccessToken = "line-test-access-token/long-lived=";

    public ShiftableClock Clock { get; } = new();

    public FakeLineApi Line { get; }

    public LogCapture Logs { get; } = new();

    public LineShopFactory() => Line = new FakeLineApi(Clock, AccessToken);

    public static Dictionary<string, string?> Settings(string apiBaseUrl) => new()
    {
        ["Channels:Line:ChannelSecret"] = ChannelSecret,
        ["Channels:Line:ChannelAccessToken"] = AccessToken,
        ["Channels:Line:ApiBaseUrl"] = apiBaseUrl,
        ["Channels:Line:DataApiBaseUrl"] = apiBaseUrl,
    };

    protected override IDictionary<string, string?> ExtraSettings => Settings(Line.BaseUrl);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Line.StartAsync();
        await InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Line.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Host settings are visible while Program registers services, which decides whether the channel exists.
        foreach (var (key, value) in ExtraSettings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
