using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.ShopInfo;

/// <summary>
/// Shoppers ask about the shop in the web chat, the way they write: the answer is the merchant's text in their
/// language, with the other topics, the categories and a person as buttons — and a text the merchant changes is the
/// next answer.
/// </summary>
public sealed class ShopInfoConversationTests(DemoShopFactory shop) : IClassFixture<DemoShopFactory>, IAsyncLifetime
{
    private const string ShippingDe = "Versand innerhalb Deutschlands 4,90 €, ab 50 € kostenlos. Nach Österreich und in die Schweiz 9,90 €.";
    private const string ShippingEn = "Shipping within Germany is €4.90, free from €50. To Austria and Switzerland €9.90.";
    private const string ReturnsDe = "Du hast 30 Tage Rückgaberecht, die Rücksendung ist kostenlos.";
    private const string ReturnsEn = "You have 30 days to return anything, and returns are free.";
    private const string DeliveryDe = "In Deutschland 1–3 Werktage, nach Österreich und in die Schweiz 3–5.";
    private const string PaymentDe = "Kreditkarte, PayPal, Apple Pay, Google Pay oder Klarna.";
    private const string PaymentEn = "Credit card, PayPal, Apple Pay, Google Pay or Klarna.";
    private const string ContactEn = "Email service@nordlicht.example or call +49 40 1234 5678 (Mon–Fri 9–17).";

    public async Task InitializeAsync() => await PutAsync(new
    {
        shipping = new { de = ShippingDe, en = ShippingEn },
        delivery = new { de = DeliveryDe, en = (string?)null },
        returns = new { de = ReturnsDe, en = ReturnsEn },
        payment = new { de = PaymentDe, en = PaymentEn },
        contact = new { de = "Schreib an service@nordlicht.example.", en = ContactEn },
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task German_shopper_asks_about_shipping_returns_and_delivery_and_gets_the_merchants_texts()
    {
        var chat = await StartAsync();

        var shipping = await chat.SayAsync("hallo, was kostet der versand?");
        var returns = await chat.SayAsync("und kann ich zurückgeben?");
        var delivery = await chat.SayAsync("wie lang dauert der versand nach österreich");

        Text(shipping).Should().Be(ShippingDe);
        Text(returns).Should().Be(ReturnsDe);
        Text(delivery).Should().Be(DeliveryDe);
        Options(returns).Should().Contain(("Versand", "1:info:shipping")).And.Contain(("Bezahlung", "1:info:payment"))
            .And.Contain(o => o.Payload == "1:cats").And.Contain(o => o.Payload == "1:human")
            .And.NotContain(o => o.Payload == "1:info:returns", "the topic just answered is not offered again");
    }

    [Fact]
    public async Task English_shopper_in_chat_style_gets_english_texts_and_german_where_english_is_missing()
    {
        var chat = await StartAsync("en");

        var returns = await chat.SayAsync("whats ur return policy");
        var shipping = await chat.SayAsync("do u ship to switzerland");
        var contact = await chat.SayAsync("how can I contact you");
        var delivery = await chat.SayAsync("how long does delivery take");

        Text(returns).Should().Be(ReturnsEn);
        Text(shipping).Should().Be(ShippingEn);
        Text(contact).Should().Be(ContactEn);
        Text(delivery).Should().Be(DeliveryDe, "the merchant wrote no English delivery text");
        Prompt(contact).Should().Be("Anything else?");
        Options(contact).Should().Contain(("Shipping", "1:info:shipping")).And.Contain(o => o.Payload == "1:human");
    }

    [Fact]
    public async Task A_payment_question_is_answered_rather_than_starting_the_checkout()
    {
        var chat = await StartAsync();

        var question = await chat.SayAsync("kann ich mit paypal zahlen");

        Text(question).Should().Be(PaymentDe);
        Options(question)[0].Payload.Should().Be("1:co", "after asking how to pay, paying is the likely next step");
        Options(question).Should().Contain(("Kontakt", "1:info:contact"));
    }

    [Fact]
    public async Task A_topic_button_answers_that_topic()
    {
        var chat = await StartAsync();

        var answer = await chat.SayAsync(payload: "1:info:returns");

        Text(answer).Should().Be(ReturnsDe);
    }

    [Fact]
    public async Task Without_a_topic_the_topics_are_offered_as_buttons()
    {
        var chat = await StartAsync();

        var reply = await chat.SayAsync(payload: "1:info:all");

        reply.Should().ContainSingle();
        Prompt(reply).Should().Be("Wozu möchtest du etwas wissen?");
        Options(reply).Select(o => o.Payload).Should().StartWith(
            ["1:info:shipping", "1:info:delivery", "1:info:returns", "1:info:payment", "1:info:contact"]);
    }

    [Fact]
    public async Task After_the_merchant_changes_a_text_the_next_answer_shows_the_new_one()
    {
        var chat = await StartAsync();
        var before = await chat.SayAsync("versandkosten?");

        await PutAsync(new
        {
            shipping = new { de = "Ab sofort versenden wir immer kostenlos!", en = "From now on shipping is always free!" },
            returns = new { de = ReturnsDe, en = ReturnsEn },
        });
        var after = await chat.SayAsync("und nochmal: was kostet der versand?");

        Text(before).Should().Be(ShippingDe);
        Text(after).Should().Be("Ab sofort versenden wir immer kostenlos!");
        Options(after).Select(o => o.Payload).Should().Contain("1:info:returns").And.NotContain("1:info:payment", "the merchant removed that topic");
    }

    [Fact]
    public async Task A_question_whose_topic_has_no_text_offers_the_topics_that_have_one()
    {
        await PutAsync(new { returns = new { de = ReturnsDe, en = ReturnsEn } });
        var chat = await StartAsync("en");

        var reply = await chat.SayAsync("which payment methods do you take");

        reply.Should().ContainSingle();
        Prompt(reply).Should().Contain("hasn't written anything");
        Options(reply).Should().Contain(("Returns", "1:info:returns")).And.Contain(o => o.Payload == "1:human");
    }

    [Fact]
    public async Task Order_and_product_questions_are_still_answered_as_such()
    {
        var chat = await StartAsync();

        var order = await chat.SayAsync("wann kommt meine bestellung 10001");
        var product = await chat.SayAsync("habt ihr die sneaker in 45");

        ChatClient.AllText(order).Should().NotContain(ShippingDe).And.NotContain(DeliveryDe);
        product.Should().Contain(p => p.GetProperty("type").GetString() == "carousel");
    }

    private async Task<ChatClient> StartAsync(string? language = null)
    {
        var chat = new ChatClient(shop.CreateClient());
        await chat.StartAsync();
        if (language is not null)
            await chat.SayAsync(payload: $"1:lang:{language}");
        return chat;
    }

    private async Task PutAsync(object body) =>
        (await shop.CreateMerchantClient().PutAsJsonAsync("/api/v1/shop-info", body)).EnsureSuccessStatusCode();

    private static string? Text(JsonElement[] reply) =>
        reply.FirstOrDefault(p => p.GetProperty("type").GetString() == "text") is { ValueKind: JsonValueKind.Object } part
            ? part.GetProperty("text").GetString()
            : null;

    private static string? Prompt(JsonElement[] reply) =>
        reply.Single(p => p.GetProperty("type").GetString() == "quickReplies").GetProperty("text").GetString();

    private static List<(string Title, string Payload)> Options(JsonElement[] reply) =>
        reply.Single(p => p.GetProperty("type").GetString() == "quickReplies").GetProperty("options").EnumerateArray()
            .Select(o => (o.GetProperty("title").GetString()!, o.GetProperty("payload").GetString()!)).ToList();
}
