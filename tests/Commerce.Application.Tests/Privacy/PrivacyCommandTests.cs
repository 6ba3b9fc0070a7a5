using Commerce.Application.Privacy;
using Commerce.Application.Tests.Understanding;
using Commerce.Application.Understanding;

namespace Commerce.Application.Tests.Privacy;

public sealed class PrivacyCommandTests
{
    // The demo shop's catalog names the goods ("socken", "cap"); without a catalog no word does.
    private static readonly RuleBasedIntentRecognizer Recognizer = new(Catalogs.Demo);

    [Theory]
    [InlineData("lösche meine daten")]
    [InlineData("bitte loesche alle meine daten")]
    [InlineData("delete my data")]
    [InlineData("please erase my data")]
    [InlineData("vergiss mich")]
    [InlineData("meine daten löschen bitte")]
    public void Recognize_WhenTheShopperWantsTheirDataGone_IsEraseData(string text) =>
        Recognizer.Recognize(text).Intent.Should().Be(Intents.EraseData);

    [Theory]
    [InlineData("auf anderem kanal weiter")]
    [InlineData("ich möchte auf whatsapp weiter machen")]
    [InlineData("continue on whatsapp")]
    [InlineData("can I continue on telegram")]
    [InlineData("switch channel")]
    public void Recognize_WhenTheShopperWantsToMoveToAnotherChat_IsLinkChannel(string text) =>
        Recognizer.Recognize(text).Intent.Should().Be(Intents.LinkChannel);

    [Theory]
    [InlineData("lösche die socken", Intents.RemoveFromCart)]
    [InlineData("delete the cap", Intents.RemoveFromCart)]
    [InlineData("alles löschen", Intents.ClearCart)]
    public void Recognize_CartEditsWithDeleteWords_StayCartEdits(string text, string expected) =>
        Recognizer.Recognize(text).Intent.Should().Be(expected);

    [Theory]
    [InlineData("K7QF-9XMP", "K7QF-9XMP")]
    [InlineData("  k7qf-9xmp ", "K7QF-9XMP")]
    [InlineData("Code: K7QF-9XMP!", "K7QF-9XMP")]
    [InlineData("t-shirt", null)]
    [InlineData("ABCD-EFGH", null)]
    [InlineData("1234-5678", null)]
    [InlineData("K7QF9XMP", null)]
    [InlineData("bestellung 10042", null)]
    [InlineData("mein code ist K7QF-9XMP und noch mehr text", null)]
    public void FindIn_TakesOnlyAMessageThatIsACode(string text, string? expected) =>
        LinkCode.FindIn(text).Should().Be(expected);

    [Fact]
    public void NewCode_IsReadableAndFoundAgain_AndCodesDiffer()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => LinkCode.NewCode()).ToList();

        codes.Should().OnlyContain(c => c.Length == 9 && c[4] == '-' && !c.Contains('0') && !c.Contains('O') && !c.Contains('1') && !c.Contains('I'));
        codes.Should().OnlyContain(c => LinkCode.FindIn(c) == c);
        codes.Distinct().Should().HaveCount(200);
        LinkCode.Hash("k7qf-9xmp").Should().Be(LinkCode.Hash("K7QF-9XMP"));
    }
}
