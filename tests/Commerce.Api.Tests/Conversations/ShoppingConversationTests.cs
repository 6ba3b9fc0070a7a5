using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Conversations;

/// <summary>A shopper's path through the web chat: search, pick, size, cart — German and English.</summary>
public sealed class ShoppingConversationTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task SearchThenAddWithSize_PutsTheVariantInTheCart()
    {
        var chat = await StartAsync();

        var results = await chat.SayAsync("zeig mir rote sneaker");
        var cards = Part(results, "carousel").GetProperty("cards").EnumerateArray().ToArray();
        cards[0].GetProperty("title").GetString().Should().Be("Sneaker Rot");
        cards[0].GetProperty("price").GetString().Should().Be("59,90 €");
        cards[0].GetProperty("imageUrl").GetString().Should().EndWith("/images/snk-red.svg");

        var addPayload = cards[0].GetProperty("actions")[0].GetProperty("payload").GetString()!;
        Encoding(addPayload).Should().BeLessThanOrEqualTo(64);
        var sizeQuestion = Part(await chat.SayAsync(payload: addPayload), "quickReplies");
        sizeQuestion.GetProperty("text").GetString().Should().Contain("Größe");
        var sizes = sizeQuestion.GetProperty("options").EnumerateArray().ToArray();
        sizes.Select(s => s.GetProperty("title").GetString()).Should().Equal(["38", "39", "40", "41", "42", "43", "44"], "sizes come in order, and 45 is sold out");

        var size42 = sizes.Single(s => s.GetProperty("title").GetString() == "42").GetProperty("payload").GetString();
        var added = await chat.SayAsync(payload: size42);
        Part(added, "quickReplies").GetProperty("text").GetString().Should().Contain("Sneaker Rot (42)");

        var cart = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("total").GetString().Should().Be("59,90 €");
        cart.GetProperty("itemCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task SizeAnsweredInWords_AfterTheQuestion_IsUnderstood()
    {
        var chat = await StartAsync();

        await chat.SayAsync("hoodie grau in den warenkorb");
        var added = await chat.SayAsync("M");

        ChatClient.AllText(added).Should().Contain("Hoodie Grau (M)");
    }

    [Fact]
    public async Task NumberWordsAndProductWithoutVariants_AddTheRightQuantity()
    {
        var chat = await StartAsync();

        await chat.SayAsync("drei socken in den warenkorb");
        var cart = await chat.SayAsync("was ist in meinem warenkorb");

        var lines = Part(cart, "cart").GetProperty("lines").EnumerateArray().ToArray();
        lines.Should().ContainSingle();
        lines[0].GetProperty("quantity").GetInt32().Should().Be(3);
        Part(cart, "cart").GetProperty("total").GetString().Should().Be("38,70 €");
    }

    [Fact]
    public async Task English_PricesAndTextsAreEnglish()
    {
        var chat = await StartAsync();

        var results = await chat.SayAsync("do you have a black backpack");

        var card = Part(results, "carousel").GetProperty("cards")[0];
        card.GetProperty("title").GetString().Should().Be("Black backpack");
        card.GetProperty("price").GetString().Should().Be("€89.00");
    }

    [Fact]
    public async Task SoldOutProduct_IsRefusedWithAlternatives()
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync("regenschirm in den warenkorb");

        ChatClient.AllText(reply).Should().Contain("ausverkauft");
        Part(reply, "carousel").GetProperty("cards").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task TheSecondOne_RefersToWhatWasShown()
    {
        var chat = await StartAsync();

        var results = await chat.SayAsync("kaffee");
        var second = Part(results, "carousel").GetProperty("cards")[1].GetProperty("title").GetString();
        var added = await chat.SayAsync("pack das zweite in den warenkorb");

        ChatClient.AllText(added).Should().Contain(second!);
    }

    [Fact]
    public async Task RemoveAndClear_EmptyTheCart()
    {
        var chat = await StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 basecap in den warenkorb");

        var afterRemove = await chat.SayAsync("entferne die socken");
        var afterClear = await chat.SayAsync("warenkorb leeren");
        var empty = await chat.SayAsync("mein warenkorb");

        var lines = Part(afterRemove, "cart").GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("title").GetString());
        lines.Should().ContainSingle().Which.Should().Contain("Basecap");
        ChatClient.AllText(afterClear).Should().Contain("leer");
        ChatClient.AllText(empty).Should().Contain("leer");
    }

    [Theory]
    [InlineData("0 socken in den warenkorb", "von 1 bis 99")]
    [InlineData("1000 socken in den warenkorb", "von 1 bis 99")]
    public async Task ImpossibleQuantities_AreExplained(string text, string expected)
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync(text);

        ChatClient.AllText(reply).Should().Contain(expected);
    }

    private async Task<ChatClient> StartAsync()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    private static JsonElement Part(JsonElement[] parts, string type) =>
        parts.First(p => p.GetProperty("type").GetString() == type);

    private static int Encoding(string payload) => System.Text.Encoding.UTF8.GetByteCount(payload);
}
