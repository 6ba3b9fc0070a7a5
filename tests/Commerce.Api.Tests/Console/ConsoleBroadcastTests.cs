using System.Net;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Console;

/// <summary>Broadcasts in the console: a refused field shown where it belongs, a confirmed send, the shopper's offer, the report.</summary>
public sealed class ConsoleBroadcastTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task The_team_writes_an_offer_sends_it_to_subscribers_and_reads_the_report()
    {
        var subscriber = new ChatClient(shop.CreateClient());
        await subscriber.StartAsync();
        await subscriber.SayAsync("newsletter abonnieren");
        var browser = new ConsoleBrowser(shop);
        await browser.SignInAsync();

        var refused = await browser.SubmitAsync("/console/broadcasts", "Create", new() { ["name"] = "Winter", ["textDe"] = "Winterangebot", ["products"] = "NO-SUCH-SKU" });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().MatchRegex("id=\"products\"[^>]*>\\s*<div class=\"field-error\" role=\"alert\">");

        var created = await browser.SubmitAsync("/console/broadcasts", "Create", new()
        {
            ["name"] = "Winter", ["textDe"] = "Winterangebot: Mützen 15 % günstiger!", ["textEn"] = "Winter offer: beanies 15 % off!", ["products"] = "BEANIE-RED",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var detailPath = created.Headers.Location!.ToString();

        (await browser.SubmitAsync(detailPath, "Send", [])).StatusCode.Should().Be(HttpStatusCode.BadRequest, "sending needs its confirmation");
        (await browser.SubmitAsync(detailPath, "Send", new() { ["confirmed"] = "true" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        ChatClient.AllText(await subscriber.NextReplyAsync(30)).Should().Contain("Winterangebot: Mützen 15 % günstiger!");
        var report = await browser.PageAsync(detailPath);
        report.Should().Contain("<td>WebChat</td><td>1</td>");
        (await browser.PageAsync("/console/broadcasts")).Should().Contain("Winter");
    }
}
