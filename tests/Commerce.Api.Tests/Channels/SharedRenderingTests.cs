using System.Net;
using System.Net.Http.Headers;
using Commerce.Application.Messaging;
using Commerce.Channels;

namespace Commerce.Api.Tests.Channels;

/// <summary>What every channel shares when it reshapes a reply or reads a platform's refusal.</summary>
public sealed class SharedRenderingTests
{
    [Fact]
    public void Numbered_products_continue_after_the_shown_cards_and_keep_every_line_short()
    {
        var cards = new[]
        {
            new ProductCard(Guid.NewGuid(), "Sneaker Weiß", "Größen: 40, 41, 42", "59,90 €", null, []),
            new ProductCard(Guid.NewGuid(), new string('X', 200), new string('s', 500), "12,00 €", null, []),
        };

        var text = ChannelText.Numbered("Mehr davon:", cards, int.MaxValue, firstNumber: 11, titleMax: 40);

        var lines = text.Split('\n');
        lines.Should().HaveCount(3);
        lines[0].Should().Be("Mehr davon:");
        lines[1].Should().Be("11. Sneaker Weiß – 59,90 € (Größen: 40, 41, 42)");
        lines[2].Should().StartWith("12. XXX").And.Contain("… – 12,00 € (sss").And.EndWith("…)");
        lines[2].Length.Should().BeLessThan(100);
    }

    [Fact]
    public void Numbered_choices_fit_the_limit_without_splitting_an_emoji()
    {
        var options = new[] { new QuickReply("Ja 👍", "yes"), new QuickReply("Nein 👎", "no") };

        ChannelText.Numbered("Stornieren?", options, 100).Should().Be("Stornieren?\n1. Ja 👍\n2. Nein 👎");
        var cut = ChannelText.Numbered("Stornieren?", options, 18);
        cut.Should().Be("Stornieren?\n1. Ja…");
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void Only_timeouts_rate_limits_and_server_errors_are_worth_another_try(int status, bool transient) =>
        PlatformFailure.IsTransient(status).Should().Be(transient);

    [Fact]
    public void The_wait_comes_from_the_header_or_the_body_and_a_bare_rate_limit_waits_a_second()
    {
        using var seconds = Response(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)));
        using var date = Response(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(2)));
        using var past = Response(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(-2)));
        using var bare = Response(HttpStatusCode.TooManyRequests);
        using var serverError = Response(HttpStatusCode.InternalServerError);

        PlatformFailure.RetryAfter(seconds).Should().Be(TimeSpan.FromSeconds(30));
        PlatformFailure.RetryAfter(seconds, fromBody: TimeSpan.FromSeconds(7)).Should().Be(TimeSpan.FromSeconds(7), "Telegram says it in the body");
        PlatformFailure.RetryAfter(date).Should().BeCloseTo(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(5));
        PlatformFailure.RetryAfter(past).Should().Be(TimeSpan.Zero);
        PlatformFailure.RetryAfter(bare).Should().Be(PlatformFailure.DefaultRateLimitWait);
        PlatformFailure.RetryAfter(serverError).Should().BeNull();
    }

    private static HttpResponseMessage Response(HttpStatusCode status, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage(status);
        configure?.Invoke(response);
        return response;
    }
}
