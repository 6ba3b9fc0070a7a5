using Commerce.Domain.Common;
using Commerce.Domain.Shop;

namespace Commerce.Domain.Tests.Shop;

public sealed class ShopInfoTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static Result Replace(ShopInfo info, ShopText? shipping = null, ShopText? returns = null) =>
        info.Replace(shipping ?? ShopText.Empty, ShopText.Empty, returns ?? ShopText.Empty, ShopText.Empty, ShopText.Empty, Now);

    [Fact]
    public void Replace_WithTexts_KeepsThemTrimmedAndAnswersInTheShoppersLanguage()
    {
        var info = ShopInfo.Empty();

        Replace(info, new ShopText("  Versand 4,90 €  ", "Shipping €4.90"), new ShopText("30 Tage", null)).IsSuccess.Should().BeTrue();

        info["shipping"].In("de").Should().Be("Versand 4,90 €");
        info["shipping"].In("en").Should().Be("Shipping €4.90");
        info["returns"].In("en").Should().Be("30 Tage", "German stands in where English is missing");
        info["contact"].IsEmpty.Should().BeTrue();
        info.UpdatedAt.Should().Be(Now);
    }

    [Theory]
    [InlineData(null, "English only", "shipping.de")]
    [InlineData("Ruf an\u0007", null, "shipping.de")]
    [InlineData("ok", "esc\u001b", "shipping.en")]
    public void Replace_WithABadText_FailsOnThatFieldAndKeepsTheOldTexts(string? de, string? en, string field)
    {
        var info = ShopInfo.Empty();
        Replace(info, new ShopText("Versand 4,90 €", null));

        var result = Replace(info, new ShopText(de, en));

        result.Error!.Field.Should().Be(field);
        info.Shipping.De.Should().Be("Versand 4,90 €");
    }

    [Fact]
    public void Replace_WithMoreThanAThousandCharacters_Fails() =>
        Replace(ShopInfo.Empty(), returns: new ShopText(new string('x', ShopInfo.MaxTextLength + 1), null)).Error!.Field.Should().Be("returns.de");

    [Fact]
    public void Replace_WithLineBreaksAndTabs_IsAccepted() =>
        Replace(ShopInfo.Empty(), new ShopText("Zeile 1\r\nZeile 2\tEnde", null)).IsSuccess.Should().BeTrue();
}
