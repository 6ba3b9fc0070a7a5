using Commerce.Application.Cart;
using Commerce.Application.Understanding;

namespace Commerce.Application.Tests.Cart;

/// <summary>What is left of a message once pointing, acting and sizes are taken out describes the product.</summary>
public sealed class ProductMatcherTests
{
    [Theory]
    [InlineData("die in 42 bitte")]
    [InlineData("die in 42 in den warenkorb")]
    [InlineData("ich nehme die in 42")]
    [InlineData("those in 44 please")]
    [InlineData("ok dann bitte die in L in den warenkorb rein")]
    public void Pointing_and_a_size_describe_nothing(string said) =>
        ProductMatcher.DescribingWords(said).Should().BeEmpty();

    [Theory]
    [InlineData("die roten in 42 bitte in den warenkorb", "roten")]
    [InlineData("the white ones in 44 please", "white")]
    public void The_describing_word_is_what_remains(string said, string word) =>
        ProductMatcher.DescribingWords(said).Should().Equal(word);

    [Fact]
    public void Shop_texts_are_read_whole_where_a_message_is_cut()
    {
        var list = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"wort{i}"));

        TextNormalizer.Tokenize(list).Should().HaveCount(TextNormalizer.MaxTokens);
        TextNormalizer.TokenizeAll(list).Should().HaveCount(200).And.Contain(t => t.Norm == "wort199");
    }
}
