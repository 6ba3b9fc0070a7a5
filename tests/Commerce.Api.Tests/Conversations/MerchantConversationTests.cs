using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Conversations;

/// <summary>A shopper asks for a person; the team sees it, answers in the chat and hands back to the bot.</summary>
public sealed class MerchantConversationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HumanHandOver_TeamReplies_ThenTheBotAnswersAgain()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        await chat.SayAsync("talk to a human please");
        var merchant = factory.CreateMerchantClient();

        var waiting = await merchant.GetFromJsonAsync<JsonElement>("/api/v1/conversations?waitingForHuman=true");
        var conversation = waiting.GetProperty("items").EnumerateArray().Single();
        var id = conversation.GetProperty("id").GetString();
        conversation.GetProperty("channel").GetString().Should().Be("WebChat");

        (await merchant.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "Hi, I'm Lena from the shop. How can I help?" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        ChatClient.AllText(await chat.NextReplyAsync()).Should().Contain("Lena from the shop");

        (await merchant.PostAsync($"/api/v1/conversations/{id}/hand-back", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        ChatClient.AllText(await chat.SayAsync("hello")).Should().Contain("Welcome");
    }

    [Fact]
    public async Task OffersConsent_IsRecordedWhenGiven_AndClearedWhenWithdrawn()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        ChatClient.AllText(await chat.SayAsync("newsletter abonnieren")).Should().Contain("Angebote");
        var subscribed = await ConsentAsync();
        ChatClient.AllText(await chat.SayAsync("bitte keine angebote mehr schicken")).Should().Contain("keine Angebote");
        var withdrawn = await ConsentAsync();

        subscribed.ValueKind.Should().Be(JsonValueKind.String);
        withdrawn.ValueKind.Should().Be(JsonValueKind.Null);

        async Task<JsonElement> ConsentAsync()
        {
            var list = await factory.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/conversations?pageSize=100");
            var mine = list.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("channel").GetString() == "WebChat")
                .OrderByDescending(c => c.GetProperty("createdAt").GetDateTimeOffset()).First();
            return mine.GetProperty("offersConsentAt");
        }
    }

    [Fact]
    public async Task ReplyAsHuman_ToAnUnknownConversationOrWithoutText_IsRefused()
    {
        var merchant = factory.CreateMerchantClient();

        var unknown = await merchant.PostAsJsonAsync($"/api/v1/conversations/{Guid.NewGuid()}/messages", new { text = "hi" });
        var empty = await merchant.PostAsJsonAsync($"/api/v1/conversations/{Guid.NewGuid()}/messages", new { text = " " });

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("text");
    }
}
