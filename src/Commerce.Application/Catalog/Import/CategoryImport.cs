using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog.Import;

internal sealed record CategoryPlan(IReadOnlyDictionary<string, Category> BySlug, List<Category> Created, ImportCounts Counts);

/// <summary>Matches categories by slug: new ones are created, renamed ones updated.</summary>
internal static class CategoryImport
{
    private const int MaxNameLength = 100;

    public static async Task<CategoryPlan> PlanAsync(ICommerceDbContext db, IReadOnlyList<ImportCategory> entries, List<ImportError> errors, CancellationToken cancellationToken)
    {
        // A shop has tens of categories, not thousands: load them all in one query.
        var bySlug = await db.Categories.ToDictionaryAsync(c => c.Slug, cancellationToken);
        var inFile = new HashSet<string>();
        var created = new List<Category>();
        int updated = 0, unchanged = 0;

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? new ImportCategory();
            void Fail(string field, string message) =>
                errors.Add(new ImportError(i, null, field, message, $"categories[{i}].{field}"));

            var slug = entry.Slug?.Trim().ToLowerInvariant() ?? "";
            var name = new LocalizedTextDto(entry.Name ?? "", entry.Translations?.En?.Name).ToDomain();
            if (name.De.Length > MaxNameLength || name.En?.Length > MaxNameLength)
            {
                Fail("name", $"A category name has at most {MaxNameLength} characters.");
                continue;
            }

            if (slug.Length > 0 && !inFile.Add(slug))
            {
                Fail("slug", $"The slug '{slug}' appears more than once in this import.");
                continue;
            }

            if (bySlug.TryGetValue(slug, out var existing))
            {
                if (existing.Name == name)
                    unchanged++;
                else if (existing.Rename(name) is { IsSuccess: false } refused)
                    Fail(refused.Error!.Field ?? "name", refused.Error.Message);
                else
                    updated++;

                continue;
            }

            var category = Category.Create(slug, name);
            if (!category.IsSuccess)
            {
                Fail(category.Error!.Field ?? "slug", category.Error.Message);
                continue;
            }

            bySlug[category.Value.Slug] = category.Value;
            created.Add(category.Value);
        }

        return new CategoryPlan(bySlug, created, new ImportCounts(created.Count, updated, unchanged));
    }
}
