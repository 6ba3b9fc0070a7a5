using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Conversations;

/// <summary>
/// Conversations the way shoppers write them — several turns, sizes and counts in one sentence, "the white ones", edits,
/// questions — judged by what the shopper sees: the cart, the order and the answer.
/// </summary>
public sealed class DialogueTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task TheWhiteOnes_AfterASneakerCarousel_TwoPairsInSize43()
    {
        var chat = await StartAsync();
        await chat.SayAsync("show me your sneakers");

        var reply = await chat.SayAsync("I want 2 pairs of the white ones in size 43");

        ChatClient.AllText(reply).Should().Contain("2 × White sneakers (43)");
        (await CartAsync(chat)).Should().Equal(("White sneakers (43)", 2));
    }

    [Fact]
    public async Task GermanCountColourAndSize_InOneSentence_AfterAHoodieCarousel()
    {
        var chat = await StartAsync();
        await chat.SayAsync("zeig mir hoodies");

        var reply = await chat.SayAsync("ich nehm 2 von dem schwarzen in L");

        ChatClient.AllText(reply).Should().Contain("2 × Hoodie Schwarz (L) liegen im Warenkorb");
        (await CartAsync(chat)).Should().Equal(("Hoodie Schwarz (L)", 2));
    }

    [Fact]
    public async Task FirstOneWithCountAndSize_AsksNothingMore()
    {
        var chat = await StartAsync();
        var shown = await chat.SayAsync("show me sneakers");
        var first = Cards(shown)[0];

        await chat.SayAsync("add 2 of the first one, size 43");

        (await CartAsync(chat)).Should().Equal(($"{first} (43)", 2));
    }

    [Fact]
    public async Task CountWithoutSize_AsksOnlyForTheSize_ThenKeepsTheCount()
    {
        var chat = await StartAsync();

        var question = await chat.SayAsync("2 weiße sneaker bitte");
        await chat.SayAsync("43");

        ChatClient.AllText(question).Should().Contain("Welche Größe");
        (await CartAsync(chat)).Should().Equal(("Sneaker Weiß (43)", 2));
    }

    [Fact]
    public async Task AddIt_AfterOneJacketWasShown_AsksForTheSize_ThenAddsIt()
    {
        var chat = await StartAsync();
        await chat.SayAsync("show me rain jackets");

        var question = await chat.SayAsync("add it");
        var reply = await chat.SayAsync("M");

        ChatClient.AllText(question).Should().Contain("Yellow rain jacket").And.NotContain("didn't quite get");
        (await CartAsync(chat)).Select(l => l.Title).Should().Equal("Yellow rain jacket (M)");
        ChatClient.AllText(reply).Should().Contain("Yellow rain jacket (M)");
    }

    [Theory]
    [InlineData("hi, do you sell rain jackets?", "Yellow rain jacket")]
    [InlineData("do you guys carry scarves?", "Grey scarf")]
    [InlineData("hallo, verkauft ihr regenjacken?", "Regenjacke Gelb")]
    [InlineData("führt ihr auch schals?", "Schal Grau")]
    public async Task AskingWhetherTheShopSellsSomething_ShowsIt(string text, string card)
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync(text);

        Cards(reply).Should().Contain(card);
        ChatClient.AllText(reply).Should().NotContainAny("description", "Beschreibung");
    }

    [Theory]
    [InlineData("zeig mir rote sneaker", "die in 42 bitte", "Sneaker Rot (42)")]
    [InlineData("zeig mir rote sneaker", "die in 42 in den warenkorb", "Sneaker Rot (42)")]
    [InlineData("zeig mir rote sneaker", "ich nehme die in 42", "Sneaker Rot (42)")]
    [InlineData("show me red sneakers", "those in 44 please", "Red sneakers (44)")]
    [InlineData("zeig mir regenjacken", "ok pack die in M ein", "Regenjacke Gelb (M)")]
    [InlineData("zeig mir regenjacken", "leg sie in L in den warenkorb", "Regenjacke Gelb (L)")]
    [InlineData("show me rain jackets", "add it in M please", "Yellow rain jacket (M)")]
    [InlineData("show me rain jackets", "ok add it, size L", "Yellow rain jacket (L)")]
    public async Task OneProductShown_ThenOnlyASizeAndAPointingOrAddingWord_TakesIt(string search, string text, string line)
    {
        var chat = await StartAsync();
        Cards(await chat.SayAsync(search)).Should().ContainSingle();

        var reply = await chat.SayAsync(text);

        ChatClient.AllText(reply).Should().Contain(line);
        (await CartAsync(chat)).Select(l => l.Title).Should().Equal(line);
    }

    [Theory]
    [InlineData("zeig mir kaffee", "das zweite")]
    [InlineData("zeig mir kaffee", "ich nehme die zweite")]
    [InlineData("show me coffee", "the second one")]
    public async Task AnOrdinalAlone_PicksWhatWasShown(string search, string text)
    {
        var chat = await StartAsync();
        var shown = await chat.SayAsync(search);
        var second = Cards(shown)[1];

        var reply = await chat.SayAsync(text);

        ChatClient.AllText(reply).Should().Contain(second);
        (await CartAsync(chat)).Select(l => l.Title).Should().Equal(second);
    }

    [Fact]
    public async Task RemoveOneOfTwoPairs_ThenMakeItOne_ThenThree()
    {
        var chat = await StartAsync();
        await chat.SayAsync("show me sneakers");
        await chat.SayAsync("2 pairs of the white ones in size 43");
        await chat.SayAsync("add 3 socks");

        await chat.SayAsync("remove one of the white sneakers");
        var afterRemove = await CartAsync(chat);
        await chat.SayAsync("make it 3");
        var afterSet = await CartAsync(chat);
        await chat.SayAsync("actually make it just 1 pair of the sneakers");

        afterRemove.Should().Contain(("White sneakers (43)", 1)).And.Contain(l => l.Title.Contains("Socks") && l.Quantity == 3);
        afterSet.Should().Contain(("White sneakers (43)", 3), "the sneakers were the item just talked about");
        (await CartAsync(chat)).Should().Contain(("White sneakers (43)", 1));
    }

    [Fact]
    public async Task NurNochEins_AndChangingTheSize_KeepTheRestOfTheCart()
    {
        var chat = await StartAsync();
        await chat.SayAsync("3 t-shirts weiß in M");

        var lowered = await chat.SayAsync("nur noch eins");
        await chat.SayAsync("lieber in L");
        var english = await chat.SayAsync("change the size to XL");

        ChatClient.AllText(lowered).Should().Contain("1 × T-Shirt Weiß (M)");
        ChatClient.AllText(english).Should().Contain("XL");
        (await CartAsync(chat)).Should().Equal([("White T-shirt (XL)", 1)], "the shopper now writes English");
    }

    [Fact]
    public async Task ChangingTheSizeOfANamedLine_LeavesTheOtherLinesAlone()
    {
        var chat = await StartAsync();
        await chat.SayAsync("add a grey hoodie in M");
        await chat.SayAsync("and 2 black t-shirts in M");

        await chat.SayAsync("change the hoodie to size L");
        await chat.SayAsync("can I get 3 instead");

        (await CartAsync(chat)).Should().BeEquivalentTo([("Grey hoodie (L)", 3), ("Black T-shirt (M)", 2)],
            "the hoodie was named, and \"instead\" then meant the hoodie just changed");
    }

    [Fact]
    public async Task TellMeMoreAboutTheSecond_ShowsItsCard_WithoutTouchingTheCart()
    {
        var chat = await StartAsync();
        var shown = Cards(await chat.SayAsync("zeig mir kaffee"));

        var reply = await chat.SayAsync("zeig mir das zweite genauer");

        Cards(reply).Should().Equal(shown[1]);
        (await CartAsync(chat)).Should().BeEmpty();
    }

    [Fact]
    public async Task WhenWillItArrive_AfterBrowsing_IsAboutTheOrder_NotTheProduct()
    {
        var (chat, number) = await PlaceAndPayAsync("1 rucksack in den warenkorb");
        await chat.SayAsync("show me sneakers");

        var reply = ChatClient.AllText(await chat.SayAsync("when will it arrive?"));

        reply.Should().Contain($"Order {number}").And.NotContain("description");
    }

    [Fact]
    public async Task CancellingAShippedOrder_IsExplained_AndChangesNothing()
    {
        var (chat, number) = await PlaceAndPayAsync("1 ledergürtel in den warenkorb");
        await factory.FulfilAsync(number);
        await chat.NextReplyAsync(); // "on its way"

        var reply = ChatClient.AllText(await chat.SayAsync("I want to cancel my order"));

        reply.Should().Contain(number).And.Contain("can no longer be cancelled").And.NotContain("haven't ordered");
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("Fulfilled");
    }

    [Fact]
    public async Task CancellingAPaidOrder_AsksFirst_SaysWhatHappensToTheMoney()
    {
        var (chat, number) = await PlaceAndPayAsync("1 schal in den warenkorb");

        var question = await chat.SayAsync("ich möchte die bestellung stornieren");
        var statusWhileAsking = (await factory.OrderAsync(number)).GetProperty("status").GetString();
        var keep = Options(question).Single(o => o.Title == "Nein, behalten");
        var kept = ChatClient.AllText(await chat.SayAsync(payload: keep.Payload));
        var again = await chat.SayAsync("bestellung stornieren");
        var yes = Options(again).Single(o => o.Title == "Ja, stornieren");
        var cancelled = ChatClient.AllText(await chat.SayAsync(payload: yes.Payload));

        ChatClient.AllText(question).Should().Contain(number).And.Contain("49,00 €").And.Contain("erstatten");
        statusWhileAsking.Should().Be("Paid", "nothing happens before the shopper confirms");
        kept.Should().Contain("bleibt bestehen");
        cancelled.Should().Contain($"Bestellung {number} ist storniert");
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().BeOneOf("Cancelled", "Refunded");
    }

    [Fact]
    public async Task APartlyReturnedOrder_IsCalledSo_AndCannotBeCancelled()
    {
        var chat = await StartAsync();
        await chat.SayAsync("2 socken in den warenkorb");
        await chat.SayAsync("1 basecap in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        await factory.PayAsync(number);
        await chat.NextReplyAsync();
        await factory.FulfilAsync(number);
        await chat.NextReplyAsync();
        var merchant = factory.CreateMerchantClient();
        (await merchant.PostAsync($"/api/v1/orders/{number}/deliver", null)).EnsureSuccessStatusCode();
        await chat.NextReplyAsync();
        var cap = (await factory.OrderAsync(number)).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "CAP-BLK");
        (await merchant.PostAsJsonAsync($"/api/v1/orders/{number}/returns", new { lines = new[] { new { lineId = cap.GetProperty("id").GetString(), quantity = 1 } }, restock = true }))
            .EnsureSuccessStatusCode();
        await chat.NextReplyAsync(); // the refund notice

        var status = ChatClient.AllText(await chat.SayAsync($"was ist mit bestellung {number}?"));
        var cancel = ChatClient.AllText(await chat.SayAsync($"bestellung {number} stornieren"));

        status.Should().Contain("teilweise zurückgeschickt");
        cancel.Should().Contain("teilweise zurückgeschickt").And.Contain("nicht mehr storniert");
    }

    [Fact]
    public async Task TypedYesAndNo_AnswerTheConfirmation_LikeItsButtons()
    {
        var (chat, number) = await PlaceAndPayAsync("1 umhängetasche in den warenkorb");

        await chat.SayAsync("bestellung stornieren");
        var kept = ChatClient.AllText(await chat.SayAsync("nein, lieber nicht"));
        await chat.SayAsync("ich will die bestellung doch stornieren");
        var cancelled = ChatClient.AllText(await chat.SayAsync("ja bitte"));

        kept.Should().Contain("bleibt bestehen");
        cancelled.Should().Contain($"Bestellung {number} ist storniert");
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().BeOneOf("Cancelled", "Refunded");
    }

    [Fact]
    public async Task StatusQuestionWithAGreeting_IsAnsweredInWords()
    {
        var (chat, number) = await PlaceAndPayAsync("1 basecap in den warenkorb");

        var reply = ChatClient.AllText(await chat.SayAsync("hey, whats the status of my order?"));

        reply.Should().Contain($"Order {number}").And.Contain("paid and being packed");
    }

    [Fact]
    public async Task WhenWillItArrive_NamesCarrierTrackingAndExpectedDelivery()
    {
        var (chat, number) = await PlaceAndPayAsync("1 rucksack in den warenkorb");
        await factory.FulfilAsync(number);
        await chat.NextReplyAsync();

        var reply = await chat.SayAsync($"wann kommt bestellung {number} an?");

        var link = reply.Single(p => p.GetProperty("type").GetString() == "link");
        link.GetProperty("text").GetString().Should().Contain("mit DHL unterwegs").And.Contain("00340434161094042557").And.Contain("Voraussichtlich");
        link.GetProperty("url").GetString().Should().Contain("dhl.de");
    }

    [Fact]
    public async Task MyOrder_WithSeveralOpen_AsksWhichByButton()
    {
        var chat = await StartAsync();
        await chat.SayAsync("1 basecap in den warenkorb");
        var first = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        await chat.SayAsync("1 schal in den warenkorb");
        var second = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());

        var question = await chat.SayAsync("wo ist meine bestellung?");
        var pick = Options(question).Single(o => o.Title.Contains(first));
        var answer = ChatClient.AllText(await chat.SayAsync(payload: pick.Payload));

        Options(question).Select(o => o.Title).Should().Contain(t => t.Contains(second));
        answer.Should().Contain($"Bestellung {first}").And.Contain("wartet noch auf deine Zahlung");
    }

    [Fact]
    public async Task SizeQuestion_OnASoldOutSize_SaysSoAndOffersTheOthers()
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync("habt ihr die roten sneaker in 45?");

        var text = ChatClient.AllText(reply);
        text.Should().Contain("Sneaker Rot in 45 ist leider ausverkauft").And.Contain("44");
        Cards(reply).Should().Equal("Sneaker Rot");
    }

    [Fact]
    public async Task AQuestionThatAsksForNoSizeOrProperty_ShowsTheMatchingProducts()
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync("do you have hoodies in black?");

        Cards(reply).Should().NotBeEmpty().And.Contain("Black hoodie");
        ChatClient.AllText(reply).Should().NotContain("in stock (", "a search question is answered with the products, not a stock count");
    }

    [Fact]
    public async Task QuestionAboutAProperty_IsAnsweredFromTheDescription()
    {
        var chat = await StartAsync();

        var rain = ChatClient.AllText(await chat.SayAsync("ist die regenjacke wasserdicht?"));
        var down = ChatClient.AllText(await chat.SayAsync("ist die daunenjacke wasserdicht?"));

        rain.Should().Contain("Laut Beschreibung").And.Contain("Wasserdichte Regenjacke");
        down.Should().Contain("steht in der Beschreibung nichts").And.Contain("Warme Daunenjacke");
    }

    [Fact]
    public async Task DoesItComeIn45_RefersToTheProductJustShown()
    {
        var chat = await StartAsync();
        await chat.SayAsync("show me the white sneakers");

        var reply = ChatClient.AllText(await chat.SayAsync("does it come in 45?"));

        reply.Should().Contain("White sneakers comes in 45").And.Contain("in stock");
    }

    [Fact]
    public async Task NotUnderstood_OffersWaysOn_ThenBringsInAPerson_AndTheShopperCanComeBack()
    {
        var chat = await StartAsync();

        var first = await chat.SayAsync("blorf quizzle wumpatz");
        var second = await chat.SayAsync("zzyzx frobnicate");
        var waiting = await factory.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/conversations?waitingForHuman=true&pageSize=100");
        var back = await chat.SayAsync(payload: Options(second).Single().Payload);
        var answered = await chat.SayAsync("zeig mir kaffee");

        Options(first).Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(3);
        ChatClient.AllText(second).Should().Contain("jemanden aus dem Team");
        var id = (await factory.ConversationIdAsync(chat)).ToString();
        waiting.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Contain(id, "the chat waits for a person");
        ChatClient.AllText(back).Should().Contain("Da bin ich wieder");
        Cards(answered).Should().NotBeEmpty();
    }

    [Fact]
    public async Task AFailedSearch_NeverEchoesTheGarbledQuery()
    {
        var chat = await StartAsync();

        var reply = ChatClient.AllText(await chat.SayAsync("add the qwxzy blorptang"));

        reply.Should().NotContain("qwxzy").And.NotContain("blorptang");
    }

    [Fact]
    public async Task WhatIsInMyCart_ShowsTheLinesOnce_InGoodGerman()
    {
        var chat = await StartAsync();
        var added = ChatClient.AllText(await chat.SayAsync("2 socken in den warenkorb"));

        var reply = await chat.SayAsync("was ist in meinem warenkorb?");

        added.Should().Contain("liegen im Warenkorb");
        var cart = reply.Single(p => p.GetProperty("type").GetString() == "cart");
        cart.GetProperty("total").GetString().Should().Be("25,80 €");
        ChatClient.AllText(reply.Where(p => p.GetProperty("type").GetString() != "cart"))
            .Should().NotContain("Socken").And.NotContain("25,80", "the cart part alone lists the lines and the total");
    }

    [Fact]
    public async Task ThePayPagesThankYou_SpeaksTheShoppersLanguage_AndLeadsBackToTheChat()
    {
        var chat = await StartAsync();
        await chat.SayAsync("please add 1 enamel mug to my cart");
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync("checkout please"));
        var order = await factory.OrderAsync(number);
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var payment = new Uri((await http.GetAsync($"/pay/{order.GetProperty("id").GetString()}")).Headers.Location!.ToString()).PathAndQuery;

        var paid = await SandboxPage.PressAsync(http, payment, "pay");
        var thanks = await http.GetStringAsync(paid.Headers.Location);

        thanks.Should().Contain("<html lang=\"en\">").And.Contain("Thank you!").And.Contain($"Order {number} for €14.00 is paid");
        thanks.Should().MatchRegex("href=\"http://[^\"]+/chat\"").And.Contain("Back to the chat");
    }

    private async Task<ChatClient> StartAsync()
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        return chat;
    }

    private async Task<(ChatClient Chat, string Number)> PlaceAndPayAsync(string addText)
    {
        var chat = await StartAsync();
        await chat.SayAsync(addText);
        var number = ShopQueries.OrderNumberIn(await chat.CheckoutAsync());
        await factory.PayAsync(number);
        await chat.NextReplyAsync(); // the receipt
        return (chat, number);
    }

    private async Task<(string Title, int Quantity)[]> CartAsync(ChatClient chat)
    {
        var cart = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        return cart.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("title").GetString()!, l.GetProperty("quantity").GetInt32())).ToArray();
    }

    private static string[] Cards(JsonElement[] reply) =>
        reply.Where(p => p.GetProperty("type").GetString() == "carousel")
            .SelectMany(p => p.GetProperty("cards").EnumerateArray()).Select(c => c.GetProperty("title").GetString()!).ToArray();

    private static (string Title, string Payload)[] Options(JsonElement[] reply) =>
        reply.Where(p => p.GetProperty("type").GetString() == "quickReplies")
            .SelectMany(p => p.GetProperty("options").EnumerateArray())
            .Select(o => (o.GetProperty("title").GetString()!, o.GetProperty("payload").GetString()!)).ToArray();
}
