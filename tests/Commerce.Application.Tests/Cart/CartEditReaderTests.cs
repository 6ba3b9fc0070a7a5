using Commerce.Application.Cart;

namespace Commerce.Application.Tests.Cart;

/// <summary>How shoppers change a cart line, in both languages, and what must not be read as such an edit.</summary>
public sealed class CartEditReaderTests
{
    [Theory]
    [InlineData("make it 3", CartEditKind.SetQuantity, 3)]
    [InlineData("actually make it just 1 pair", CartEditKind.SetQuantity, 1)]
    [InlineData("can you change that to two", CartEditKind.SetQuantity, 2)]
    [InlineData("just one please", CartEditKind.SetQuantity, 1)]
    [InlineData("nur noch eins", CartEditKind.SetQuantity, 1)]
    [InlineData("doch nur 2", CartEditKind.SetQuantity, 2)]
    [InlineData("mach bitte 4 draus", CartEditKind.SetQuantity, 4)]
    [InlineData("ändere die menge auf 5", CartEditKind.SetQuantity, 5)]
    [InlineData("remove one of the white sneakers", CartEditKind.Decrease, 1)]
    [InlineData("one less", CartEditKind.Decrease, 1)]
    [InlineData("eins weniger bitte", CartEditKind.Decrease, 1)]
    [InlineData("nimm einen davon raus", CartEditKind.Decrease, 1)]
    [InlineData("one more", CartEditKind.Increase, 1)]
    [InlineData("noch eins", CartEditKind.Increase, 1)]
    [InlineData("add 2 more", CartEditKind.Increase, 2)]
    [InlineData("ich will 3 statt 2", CartEditKind.SetQuantity, 3)]
    [InlineData("can I get 2 instead", CartEditKind.SetQuantity, 2)]
    public void QuantityEdits(string text, CartEditKind kind, int amount)
    {
        var edit = CartEditReader.Read(text);

        edit.Should().NotBeNull();
        edit!.Kind.Should().Be(kind);
        edit.Amount.Should().Be(amount);
    }

    [Theory]
    [InlineData("change the size to 44", "44")]
    [InlineData("in L instead", "l")]
    [InlineData("lieber in größe 42", "42")]
    [InlineData("tausch die größe auf XL", "xl")]
    [InlineData("doch in M", "m")]
    [InlineData("change the hoodie to size L", "l")]
    [InlineData("could you switch my sneakers to 44", "44")]
    [InlineData("kann ich den hoodie in L statt M haben", "l")]
    public void SizeChanges(string text, string value)
    {
        var edit = CartEditReader.Read(text);

        edit.Should().NotBeNull();
        edit!.Kind.Should().Be(CartEditKind.ChangeVariant);
        edit.Variant.Should().Be(value);
    }

    [Fact]
    public void TheRest_NamesTheLine()
    {
        CartEditReader.Read("remove one of the white sneakers")!.Rest.Should().Contain("white sneakers");
        CartEditReader.Read("change the hoodie to size L")!.Rest.Should().Contain("hoodie");
    }

    [Theory]
    [InlineData("I want 2 pairs of the white ones in size 43")]
    [InlineData("zeig mir sneaker")]
    [InlineData("ich hätte nur ein paar fragen")]
    [InlineData("hast du noch eine frage an mich")]
    [InlineData("one more question")]
    [InlineData("wo ist meine bestellung 10042")]
    [InlineData("")]
    public void OtherMessages_AreNoEdits(string text) => CartEditReader.Read(text).Should().BeNull();
}
