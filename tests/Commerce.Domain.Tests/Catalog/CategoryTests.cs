using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Domain.Tests.Catalog;

/// <summary>A category's slug and names: what a merchant may create and rename, and which field is named when not.</summary>
public sealed class CategoryTests
{
    [Fact]
    public void A_category_is_created_with_a_normalised_slug_and_trimmed_names()
    {
        var category = Category.Create(" Schuhe ", new LocalizedText(" Schuhe ", " ")).Value;

        category.Slug.Should().Be("schuhe");
        category.Name.Should().Be(new LocalizedText("Schuhe", null));
    }

    [Theory]
    [InlineData("", "Schuhe", null, "slug")]
    [InlineData("schuhe!", "Schuhe", null, "slug")]
    [InlineData("schuhe", " ", null, "name.de")]
    [InlineData("schuhe", "101", null, "name.de")]
    [InlineData("schuhe", "Schuhe", "101", "name.en")]
    public void A_bad_slug_or_name_is_refused_naming_the_field(string slug, string de, string? en, string field)
    {
        var created = Category.Create(slug, new LocalizedText(Expand(de), en is null ? null : Expand(en)));

        created.IsSuccess.Should().BeFalse();
        created.Error!.Kind.Should().Be(ErrorKind.Validation);
        created.Error.Field.Should().Be(field);
    }

    [Fact]
    public void Renaming_checks_the_same_limits_and_keeps_the_old_name_when_refused()
    {
        var category = Category.Create("taschen", new LocalizedText("Taschen", "Bags")).Value;

        category.Rename(new LocalizedText(new string('x', Category.MaxNameLength + 1), null)).Error!.Field.Should().Be("name.de");
        category.Name.Should().Be(new LocalizedText("Taschen", "Bags"));
        category.Rename(new LocalizedText("Rucksäcke ", "Backpacks")).IsSuccess.Should().BeTrue();
        category.Name.Should().Be(new LocalizedText("Rucksäcke", "Backpacks"));
    }

    /// <summary>"101" stands for a name one character too long.</summary>
    private static string Expand(string text) => text == "101" ? new string('x', Category.MaxNameLength + 1) : text;
}
