using Commerce.Application.Catalog.Search;

namespace Commerce.Application.Tests.Catalog;

public sealed class SearchQueryNormalizerTests
{
    [Theory]
    [InlineData("Mütze", "muetze")]
    [InlineData("MÜTZE", "muetze")]
    [InlineData("Weiß", "weiss")]
    [InlineData("Größe", "groesse")]
    [InlineData("Crème Brûlée", "creme brulee")]
    [InlineData("Piqué-Poloshirt", "pique-poloshirt")]
    public void Fold_WhenTextHasUmlautsOrAccents_WritesThemPlain(string text, string expected) =>
        SearchText.Fold(text).Should().Be(expected);

    [Theory]
    [InlineData("rote", "rot")]
    [InlineData("roten", "rot")]
    [InlineData("roter", "rot")]
    [InlineData("schwarze", "schwarz")]
    [InlineData("weiße", "weiss")]
    [InlineData("grünen", "gruen")]
    [InlineData("schuhe", "schuh")]
    [InlineData("jacken", "jacke")]
    [InlineData("sneakers", "sneaker")]
    [InlineData("hoodies", "hoodie")]
    [InlineData("t-shirts", "t-shirt")]
    [InlineData("sandalen", "sandal")]
    public void Normalize_WhenWordIsInflected_UsesItsBaseForm(string word, string expected) =>
        SearchQueryNormalizer.Normalize(word).Single().Word.Should().Be(expected);

    [Theory]
    [InlineData("red", "rot")]
    [InlineData("schwarz", "black")]
    [InlineData("grey", "grau")]
    [InlineData("trainers", "sneaker")]
    [InlineData("backpack", "rucksack")]
    [InlineData("kaffee", "coffee")]
    [InlineData("muetze", "beanie")]
    public void Normalize_WhenWordHasTranslation_SearchesBothLanguages(string word, string alternative) =>
        SearchQueryNormalizer.Normalize(word).Single().Alternatives.Should().Contain(alternative);

    [Theory]
    [InlineData("zeig mir rote sneaker", new[] { "rot", "sneaker" })]
    [InlineData("do you have hoodies in black", new[] { "hoodie", "black" })]
    [InlineData("ich suche eine Mütze aus Wolle", new[] { "muetze", "wolle" })]
    [InlineData("jeans größe 32", new[] { "jean", "32" })]
    [InlineData("something for rain", new[] { "rain" })]
    public void Normalize_WhenQueryIsChatText_KeepsOnlyProductWords(string query, string[] expected) =>
        SearchQueryNormalizer.Normalize(query).Select(t => t.Word).Should().Equal(expected);

    [Theory]
    [InlineData("umbrela", "regenschirm")]
    [InlineData("sunglases", "sonnenbrille")]
    [InlineData("hoddie", "hoodie")]
    public void Normalize_WhenKnownWordIsMisspelt_CorrectsIt(string word, string expected) =>
        SearchQueryNormalizer.Normalize(word).Single().Alternatives.Should().Contain(expected);

    [Fact]
    public void Normalize_WhenWordIsUnknown_KeepsTypedFormAndAllowsTypos()
    {
        var term = SearchQueryNormalizer.Normalize("merino").Single();

        term.Alternatives.Should().Contain("merino");
        term.MayBeMisspelt.Should().BeTrue();
    }

    [Fact]
    public void Normalize_WhenShortWordIsNearAKnownWord_DoesNotGuess() =>
        SearchQueryNormalizer.Normalize("bluse").Single().Word.Should().NotBe("blau");

    [Theory]
    [InlineData("rot red")]
    [InlineData("sneaker sneakers")]
    public void Normalize_WhenWordsMeanTheSame_MakesOneTerm(string query) =>
        SearchQueryNormalizer.Normalize(query).Should().ContainSingle();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zeig mir bitte")]
    [InlineData("- - !")]
    public void Normalize_WhenNothingDescribesAProduct_ReturnsNoTerms(string query) =>
        SearchQueryNormalizer.Normalize(query).Should().BeEmpty();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void RequiredMatches_WhenQueryIsLonger_ForgivesSomeWords(int terms, int required) =>
        SearchQueryNormalizer.RequiredMatches(terms).Should().Be(required);
}
