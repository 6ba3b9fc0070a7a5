using System.Diagnostics;
using Commerce.Application.Understanding;

namespace Commerce.Application.Tests.Understanding;

public sealed class RecognizerBehaviourTests
{
    private static readonly HybridIntentRecognizer Recognizer = Catalogs.DemoRecognizer;

    [Theory]
    [InlineData("kannst du den chat mit instagram verknüpfen", Intents.LinkChannel)]
    [InlineData("connect me with telegram", Intents.LinkChannel)]
    [InlineData("bitte entfernt meine telefonnummer", Intents.EraseData)]
    [InlineData("delete what you stored about me", Intents.EraseData)]
    [InlineData("erst will ich den korb sehen, bevor ich bezahle", Intents.ViewCart)]
    [InlineData("hiya, i was wondering if u have a black backpack", Intents.SearchProducts)]
    [InlineData("is mei packerl scho unterwegs", Intents.OrderStatus)]
    [InlineData("Besten Dank", Intents.Thanks)]
    public void Recognize_WhenTheRequestIsSaidIndirectlyOrInDialect_FindsIt(string text, string expected) =>
        Recognizer.Recognize(text).Intent.Should().Be(expected);

    [Theory]
    [InlineData("warenkrob anzeigen", Intents.ViewCart)]
    [InlineData("chekout", Intents.Checkout)]
    [InlineData("zur kase bitte", Intents.Checkout)]
    [InlineData("remvoe the socks", Intents.RemoveFromCart)]
    [InlineData("whre is my ordr", Intents.OrderStatus)]
    [InlineData("bestelung 10099 stornieren", Intents.CancelOrder)]
    public void Recognize_WhenWordsAreMisspelled_StillFindsIntent(string text, string expected) =>
        Recognizer.Recognize(text).Intent.Should().Be(expected);

    [Theory]
    [InlineData("gibt es die muetze in groesse m", Intents.SearchProducts, "muetze")]
    [InlineData("habt ihr die mütze", Intents.SearchProducts, "mütze")]
    [InlineData("gruess dich", Intents.Greeting, null)]
    [InlineData("grüß dich", Intents.Greeting, null)]
    public void Recognize_WhenUmlautsAreSpelledOut_MatchesLikeUmlauts(string text, string expected, string? query)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(expected);
        result.Entities.Query.Should().Be(query);
    }

    [Theory]
    [InlineData("drei socken in den warenkorb", 3, "socken")]
    [InlineData("add twelve socks to my cart", 12, "socks")]
    [InlineData("zwölf becher in den korb", 12, "becher")]
    [InlineData("fuenf hoodies in den warenkorb", 5, "hoodies")]
    [InlineData("pack 2x den grauen hoodie rein", 2, "grauen hoodie")]
    [InlineData("pack ein paar weiße t-shirts in den warenkorb", null, "weiße t-shirts")]
    [InlineData("add the grey hoodie", null, "grey hoodie")]
    public void Recognize_WhenAddingWithQuantity_ExtractsQuantityAndQuery(string text, int? quantity, string query)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(Intents.AddToCart);
        result.Entities.Quantity.Should().Be(quantity);
        result.Entities.Query.Should().Be(query);
    }

    [Theory]
    [InlineData("wo ist meine bestellung 10042", Intents.OrderStatus, "10042")]
    [InlineData("status von bestellung #10057", Intents.OrderStatus, "10057")]
    [InlineData("Bestellung Nr. 10128 – wo ist die?", Intents.OrderStatus, "10128")]
    [InlineData("Bestellstatus 10442?", Intents.OrderStatus, "10442")]
    [InlineData("please cancel order 10333", Intents.CancelOrder, "10333")]
    [InlineData("my order B-10234 never came", Intents.OrderStatus, "10234")]
    [InlineData("storno bitte für nr10777", Intents.CancelOrder, "10777")]
    [InlineData("track my order", Intents.OrderStatus, null)]
    public void Recognize_WhenOrderIsMentioned_ExtractsOrderNumber(string text, string expected, string? orderNumber)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(expected);
        result.Entities.OrderNumber.Should().Be(orderNumber);
    }

    [Theory]
    [InlineData("kann ich bitte checkout machen", Intents.Checkout)]
    [InlineData("add die blaue jeans pls", Intents.AddToCart)]
    [InlineData("show mir den warenkorb", Intents.ViewCart)]
    [InlineData("wo ist my order 10502", Intents.OrderStatus)]
    public void Recognize_WhenLanguagesAreMixed_FindsIntent(string text, string expected) =>
        Recognizer.Recognize(text).Intent.Should().Be(expected);

    [Theory]
    [InlineData("was ist in meinem warenkorb?", null, "de")]
    [InlineData("what's in my cart", null, "en")]
    [InlineData("ich möchte mit einem mitarbeiter sprechen", "en", "de")]
    [InlineData("track my order", "de", "en")]
    [InlineData("hoodie", "en", "en")]
    [InlineData("hoodie", "de", "de")]
    public void Recognize_WhenLanguageIsDetected_UsesHintOnlyForTies(string text, string? hint, string expected) =>
        Recognizer.Recognize(text, hint).Language.Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂 👋")]
    [InlineData("asdfgh")]
    [InlineData("wie wird das wetter morgen?")]
    [InlineData("write me a poem about the sea")]
    public void Recognize_WhenNothingFits_ReturnsUnknown(string text)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(Intents.Unknown);
        result.Entities.Should().Be(UnderstoodEntities.None);
    }

    [Theory]
    [InlineData("packst du mir die mütze in den korb", Intents.AddToCart, "mütze")]
    [InlineData("den schal will ich nicht mehr", Intents.RemoveFromCart, "schal")]
    [InlineData("remove me from your mailing list", Intents.Unsubscribe, null)]
    [InlineData("zeig mal was ihr so habt", Intents.BrowseCatalog, null)]
    [InlineData("habt ihr was von adidas", Intents.SearchProducts, "adidas")]
    [InlineData("wie ist das wetter in münchen", Intents.Unknown, null)]
    public void Recognize_WhenGeneralRulesApply_FindsIntentAndQuery(string text, string expected, string? query)
    {
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(expected);
        result.Entities.Query.Should().Be(query);
    }

    [Theory]
    [InlineData("is the grey hoodie available in L", "grey hoodie", null)]
    [InlineData("schwarze jeans in 32?", "schwarze jeans", null)]
    [InlineData("ich bräuchte eine warme jacke für den winter", "warme jacke", null)]
    [InlineData("zwei mal den grauen schal bitte", "grauen schal", 2)]
    public void Recognize_WhenSizesOrOccasionsAreNamed_LeavesThemOutOfQueryAndQuantity(string text, string query, int? quantity)
    {
        var result = Recognizer.Recognize(text);

        result.Entities.Query.Should().Be(query);
        result.Entities.Quantity.Should().Be(quantity);
    }

    [Fact]
    public void Recognize_WhenInputIsHuge_ReturnsQuicklyWithoutThrowing()
    {
        var text = string.Concat(Enumerable.Repeat("blah ", 2_000));

        var stopwatch = Stopwatch.StartNew();
        var result = Recognizer.Recognize(text);

        result.Intent.Should().Be(Intents.Unknown);
        stopwatch.ElapsedMilliseconds.Should().BeLessThan(100);
    }

    [Fact]
    public void Recognize_WhenCalledFromManyThreads_GivesSameAnswers()
    {
        string[] texts = ["zeig mir rote sneaker", "warenkorb leeren", "chekout pls", "status 10042", "danke"];
        var expected = texts.Select(t => Recognizer.Recognize(t)).ToArray();

        var results = texts.AsParallel().SelectMany(t => Enumerable.Range(0, 200).Select(_ => (t, r: Recognizer.Recognize(t))));

        results.Should().OnlyContain(x => x.r == expected[Array.IndexOf(texts, x.t)]);
    }

    [Fact]
    public void Recognize_WhenConfident_ReportsConfidenceBetweenZeroAndOne()
    {
        var clear = Recognizer.Recognize("bitte den warenkorb leeren");
        var vague = Recognizer.Recognize("bitte");

        clear.Confidence.Should().BeInRange(0.6, 1.0);
        vague.Confidence.Should().BeInRange(0.0, 1.0);
    }
}
