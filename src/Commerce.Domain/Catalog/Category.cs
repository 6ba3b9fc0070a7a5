using System.Text.RegularExpressions;
using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

public sealed partial class Category
{
    private Category(Guid id, string slug, LocalizedText name)
    {
        Id = id;
        Slug = slug;
        Name = name;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private Category()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    /// <summary>Stable, URL-safe key (e.g. "schuhe") used by imports and filters.</summary>
    public string Slug { get; private set; }

    public LocalizedText Name { get; private set; }

    public static Result<Category> Create(string? slug, LocalizedText name)
    {
        var normalized = slug?.Trim().ToLowerInvariant() ?? "";
        if (!SlugPattern().IsMatch(normalized))
            return Error.Validation("slug", "A slug is 1–60 characters of a–z, 0–9 and '-'.");
        if (CheckName(name) is { } invalid)
            return invalid;
        return new Category(Guid.CreateVersion7(), normalized, Trim(name));
    }

    public Result Rename(LocalizedText name)
    {
        if (CheckName(name) is { } invalid)
            return invalid;
        Name = Trim(name);
        return Result.Success();
    }

    /// <summary>The longest name a category has in either language.</summary>
    public const int MaxNameLength = 100;

    private static Error? CheckName(LocalizedText? name)
    {
        if (name is null || string.IsNullOrWhiteSpace(name.De))
            return Error.Validation("name.de", "A category needs a German name.");
        if (name.De.Trim().Length > MaxNameLength)
            return Error.Validation("name.de", $"A name has at most {MaxNameLength} characters.");
        if (name.En?.Trim().Length > MaxNameLength)
            return Error.Validation("name.en", $"A name has at most {MaxNameLength} characters.");
        return null;
    }

    private static LocalizedText Trim(LocalizedText name) => new(name.De.Trim(), string.IsNullOrWhiteSpace(name.En) ? null : name.En.Trim());

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex SlugPattern();
}
