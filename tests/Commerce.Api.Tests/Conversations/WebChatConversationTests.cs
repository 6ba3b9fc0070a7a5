using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Conversations;

public sealed class WebChatConversationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Greeting_InGerman_AnsweredInGermanWithWaysOn()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        var reply = await chat.SayAsync("hallo");

        reply.Should().ContainSingle();
        reply[0].GetProperty("type").GetString().Should().Be("quickReplies");
        reply[0].GetProperty("text").GetString().Should().Contain("Willkommen");
        reply[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("payload").GetString()).Should().Contain("1:cart");
    }

    [Fact]
    public async Task SameClientMessageIdTwice_IsAnsweredOnce()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        var first = await chat.PostAsync("hi there", clientMessageId: "retry-1");
        var second = await chat.PostAsync("hi there", clientMessageId: "retry-1");

        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean().Should().BeTrue();
        (await chat.NextReplyAsync()).Should().NotBeEmpty();
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("a redelivered message has no second effect");
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂🙂")]
    [InlineData("1:a:notaproduct")]
    public async Task OddInput_GetsAHelpfulAnswer(string text)
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        var reply = await chat.SayAsync(text);

        reply.Should().NotBeEmpty();
    }

    [Fact]
    public async Task LongMessage_IsAnsweredWithoutCrashing()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        var reply = await chat.SayAsync(new string('x', 10_000));

        reply.Should().NotBeEmpty();
    }

    [Fact]
    public async Task TalkToHuman_ConfirmsThenStaysSilent()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();

        var confirmation = await chat.SayAsync("ich möchte mit einem mitarbeiter sprechen");
        var afterwards = await chat.SayAsync("hallo?");

        ChatClient.AllText(confirmation).Should().Contain("Mitarbeiter");
        afterwards.Should().BeEmpty("a person has taken over the conversation");
    }

    [Fact]
    public async Task PostMessage_WithoutClientMessageId_Is400NamingTheField()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/chat/sessions/{chat.SessionId}/messages", new { text = "hallo" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("clientMessageId");
    }
}
