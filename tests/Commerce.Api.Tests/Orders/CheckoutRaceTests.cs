using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Orders;

public sealed class CheckoutRaceTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task FiftyShoppersCheckingOutTheLastFiveUnits_ExactlyFiveGetAnOrder()
    {
        var merchant = factory.CreateMerchantClient();
        var product = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/products/SUN-TORT");
        var id = product.GetProperty("id").GetString();
        (await merchant.PutAsJsonAsync($"/api/v1/products/{id}/stock", new { quantity = 5, reason = "last units" })).EnsureSuccessStatusCode();

        var shoppers = new List<ChatClient>();
        for (var i = 0; i < 50; i++)
        {
            var chat = new ChatClient(factory.CreateClient());
            await chat.StartAsync();
            shoppers.Add(chat);
        }

        await Task.WhenAll(shoppers.Select(s => s.SayAsync("sonnenbrille in den warenkorb")));
        var replies = await Task.WhenAll(shoppers.Select(s => s.SayAsync("zur kasse")));

        var reserved = shoppers.Where((_, i) => ChatClient.AllText(replies[i]).Contains("ist reserviert")).ToList();
        reserved.Should().HaveCount(5);
        replies.Count(r => ChatClient.AllText(r).Contains("nicht mehr in dieser Menge")).Should().Be(45);
        var links = await Task.WhenAll(reserved.Select(s => s.NextReplyAsync()));
        links.Should().OnlyContain(parts => parts.Any(ChatClient.IsLink), "each reserved order gets its payment link");
        var after = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/products/SUN-TORT");
        after.GetProperty("stock").GetInt32().Should().Be(0);
        var pending = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=PendingPayment&pageSize=100");
        pending.GetProperty("totalCount").GetInt32().Should().Be(5);
    }
}
