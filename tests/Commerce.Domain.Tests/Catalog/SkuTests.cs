using Commerce.Domain.Catalog;

namespace Commerce.Domain.Tests.Catalog;

public sealed class SkuTests
{
    [Theory]
    [InlineData(" snk-red-42 ", "SNK-RED-42")]
    [InlineData("cof.esp_1kg", "COF.ESP_1KG")]
    public void Create_NormalisesToUpperCaseWithoutSpaces(string raw, string expected)
    {
        Sku.Create(raw).Value.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("-LEADING")]
    [InlineData("HAS SPACE")]
    [InlineData("UMLAUT-Ä")]
    [InlineData("THIS-SKU-IS-FAR-TOO-LONG-FOR-ANY-LABEL-0123")]
    public void Create_WithInvalidInput_FailsNamingTheField(string? raw)
    {
        var sku = Sku.Create(raw, "variants[0].sku");

        sku.IsSuccess.Should().BeFalse();
        sku.Error!.Field.Should().Be("variants[0].sku");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Sku.Create("abc-1").Value.Should().Be(Sku.Create("ABC-1").Value);
    }
}
