using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Fixtures;
using Commerce.Domain.Conversations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Privacy;

/// <summary>Logs carry ids, never what shoppers wrote, their names, phone numbers, tokens or payment data.</summary>
public sealed class LogPrivacyTests(PrivacyShopFactory factory) : IClassFixture<PrivacyShopFactory>
{
    [Fact]
    public async Task AWholePurchaseOnWhatsApp_LogsIdsOnly()
    {
        var phone = PrivacyShopFactory.NewPhone();
        var said = new[] { "hallo, ich suche warme socken für meinen opa", "2 socken in den warenkorb", "zur kasse bitte" };
        foreach (var text in said)
            await SayAsync(phone, text);
        var id = (await PrivacyChats.ConversationIdAsync(factory, Channel.WhatsApp, phone))!.Value;
        var (number, payPage) = await OrderAsync(id);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await SandboxPage.PressAsync(http, payPage, "pay")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await WaitForTextAsync(phone, "ist bezahlt");
        var fulfil = await factory.CreateMerchantClient().PostAsJsonAsync($"/api/v1/orders/{number}/fulfil", new { carrier = "DHL", trackingNumber = "00340434161094042557" });
        fulfil.StatusCode.Should().Be(HttpStatusCode.OK);
        await WaitForTextAsync(phone, "unterwegs");

        var lines = factory.Logs.Lines;
        lines.Should().Contain(line => line.Contains(id.ToString()), "logs name the conversation by its id");
        string[] secrets =
        [
            phone, "Sheena Nelson", .. said, "warme socken", MetaShopFactory.AccessToken, MetaShopFactory.AppSecret, payPage.Split('/').Last(),
        ];
        foreach (var secret in secrets)
            lines.Should().NotContain(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase), $"\"{secret}\" must not be logged");
    }

    private async Task SayAsync(string phone, string text)
    {
        var before = factory.Graph.SentTo(phone).Count;
        (await factory.WhatsAppTextAsync(phone, text)).StatusCode.Should().Be(HttpStatusCode.OK);
        await factory.Graph.NextReplyAsync(phone, before);
    }

    private async Task WaitForTextAsync(string phone, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!PrivacyChats.Said(factory.Graph.SentTo(phone)).Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No message saying \"{text}\".");
            await Task.Delay(100);
        }
    }

    /// <summary>The chat's order and, once its payment session is open, the sandbox page's path.</summary>
    private async Task<(long Number, string PayPage)> OrderAsync(Guid conversationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            (long, string?) order = default;
            await factory.WithDbAsync(async db => order = await db.Orders.AsNoTracking().Where(o => o.ConversationId == conversationId)
                .Select(o => new ValueTuple<long, string?>(o.Number, o.PaymentUrl)).SingleAsync());
            if (order.Item2 is { } url)
                return (order.Item1, new Uri(url).PathAndQuery);
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The payment session did not open.");
            await Task.Delay(100);
        }
    }
}
