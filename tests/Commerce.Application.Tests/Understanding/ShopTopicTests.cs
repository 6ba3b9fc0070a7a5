using Commerce.Application.Understanding;

namespace Commerce.Application.Tests.Understanding;

/// <summary>Questions about the shop get intent shop_info with their topic; orders, products and paying stay what they were.</summary>
public sealed class ShopTopicTests
{
    private static readonly HybridIntentRecognizer Recognizer = Catalogs.DemoRecognizer;
    private static readonly RuleBasedIntentRecognizer Rules = new(Catalogs.Demo);

    [Theory]
    [InlineData("was kostet der versand?", ShopTopics.Shipping)]
    [InlineData("versandkosten?", ShopTopics.Shipping)]
    [InlineData("Versandkosten nach Österreich", ShopTopics.Shipping)]
    [InlineData("do u ship to switzerland", ShopTopics.Shipping)]
    [InlineData("is shipping free", ShopTopics.Shipping)]
    [InlineData("wie lange dauert die lieferung?", ShopTopics.Delivery)]
    [InlineData("wie lang dauert der versand nach österreich", ShopTopics.Delivery)]
    [InlineData("how long does delivery take", ShopTopics.Delivery)]
    [InlineData("kann ich zurückgeben?", ShopTopics.Returns)]
    [InlineData("rückgabe möglich?", ShopTopics.Returns)]
    [InlineData("ruecksendung kostenlos", ShopTopics.Returns)]
    [InlineData("what's ur return policy", ShopTopics.Returns)]
    [InlineData("kann ich mit paypal zahlen", ShopTopics.Payment)]
    [InlineData("which payment methods do you take", ShopTopics.Payment)]
    [InlineData("do you take apple pay", ShopTopics.Payment)]
    [InlineData("wie erreiche ich euch", ShopTopics.Contact)]
    [InlineData("how can I contact you", ShopTopics.Contact)]
    [InlineData("habt ihr eine telefonnummer", ShopTopics.Contact)]
    public void Recognize_WhenAskedAboutTheShop_IsShopInfoWithTheTopic(string text, string topic)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(Intents.ShopInfo);
        result.Entities.Topic.Should().Be(topic);
        result.IsUnsure.Should().BeFalse("a plain question about the shop is answered, not met with suggestions");
    }

    [Theory]
    [InlineData("wann kommt meine bestellung 10001", Intents.OrderStatus)]
    [InlineData("where is my order", Intents.OrderStatus)]
    [InlineData("wie lange dauert meine lieferung noch", Intents.OrderStatus)]
    [InlineData("ist die daunenjacke wasserdicht", Intents.SearchProducts)]
    [InlineData("habt ihr die sneaker in 45", Intents.SearchProducts)]
    [InlineData("jetzt mit paypal bezahlen", Intents.Checkout)]
    [InlineData("pay with paypal", Intents.Checkout)]
    [InlineData("ich möchte mit einem mitarbeiter sprechen", Intents.TalkToHuman)]
    [InlineData("remove the cap", Intents.RemoveFromCart)]
    public void Recognize_WhenItIsAboutAnOrderAProductOrPaying_IsNotShopInfo(string text, string expected)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(expected);
        result.Entities.Topic.Should().BeNull();
    }

    [Fact]
    public void Recognize_WithTheRulesAlone_ReadsTheTopicToo()
    {
        var result = Rules.Recognize("Wie hoch sind die Versandkosten in die Schweiz?");

        result.Intent.Should().Be(Intents.ShopInfo);
        result.Entities.Topic.Should().Be(ShopTopics.Shipping);
    }

    [Fact]
    public void Recognize_WhenAShopQuestionNamesNoTopicWord_IsNotGuessedAsShopInfo() =>
        Recognizer.Recognize("wie alt ist die erde").Intent.Should().NotBe(Intents.ShopInfo);

    [Fact]
    public void ActionPayload_ForATopic_FitsTelegramAndParsesBack()
    {
        foreach (var topic in ShopTopics.All)
        {
            var payload = ActionPayload.WithArgument(ActionPayload.ShopInfo, topic);

            System.Text.Encoding.UTF8.GetByteCount(payload).Should().BeLessThanOrEqualTo(ActionPayload.MaxBytes);
            ActionPayload.TryParse(payload).Should().Be(new ActionPayload(ActionPayload.ShopInfo, Argument: topic));
        }
    }
}
