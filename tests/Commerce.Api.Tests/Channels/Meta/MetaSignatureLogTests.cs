using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Commerce.Api.Http;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>Anyone can post badly signed webhooks: they are refused and counted, not logged one line each.</summary>
public sealed class MetaSignatureLogTests(MetaShopFactory factory) : IClassFixture<MetaShopFactory>
{
    [Fact]
    public async Task ManyBadlySignedDeliveries_LogOneWarningPerChannel()
    {
        var logs = new LogCapture();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
            statuses.Add(await PostAsync(http, i % 2 == 0 ? "messenger" : "whatsapp", "sha256=" + new string('0', 64)));
        statuses.Add(await PostAsync(http, "instagram", signature: null));

        statuses.Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.Unauthorized));
        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("signature")).Select(e => e.Message).ToList();
        warnings.Should().HaveCount(3, "one warning per channel and minute, not one per request");
        warnings.Should().Contain(w => w.StartsWith("Messenger") && w.Contains(": 1 since"));
    }

    [Fact]
    public void RefusalLog_WarnsOncePerMinute_WithTheCountSinceTheLastWarning()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var log = new RefusalLog(clock);

        log.ShouldWarn("messenger", out var first).Should().BeTrue();
        first.Should().Be(1);
        for (var i = 0; i < 99; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            log.ShouldWarn("messenger", out _).Should().BeFalse();
        }

        log.ShouldWarn("whatsapp", out var other).Should().BeTrue("each channel has its own count");
        other.Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(11));
        log.ShouldWarn("messenger", out var next).Should().BeTrue();
        next.Should().Be(100, "the 99 silent ones and this one");
        log.ShouldWarn("messenger", out _).Should().BeFalse();
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string channel, string? signature)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"object":"page","entry":[]}"""));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{channel}") { Content = content };
        if (signature is not null)
            request.Headers.Add("X-Hub-Signature-256", signature);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
