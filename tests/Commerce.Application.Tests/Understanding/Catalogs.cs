using System.Text.Json;
using Commerce.Application.Catalog.Import;
using Commerce.Application.Understanding;

namespace Commerce.Application.Tests.Understanding;

/// <summary>Catalogs in the import format, read as the recogniser reads a merchant's catalog: the only source of goods words.</summary>
internal static class Catalogs
{
    /// <summary>The demo shop (demo/demo-catalog.json), whose goods the labelled sets ask about.</summary>
    public static CatalogVocabulary Demo { get; } = Load("demo-catalog.json");

    /// <summary>The recogniser with the demo shop's catalog, as the API runs it on the seeded demo.</summary>
    public static HybridIntentRecognizer DemoRecognizer { get; } = new(Demo);

    public static CatalogVocabulary Load(string file)
    {
        using var json = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Understanding", file));
        var catalog = JsonSerializer.Deserialize<ImportCatalog>(json, JsonSerializerOptions.Web)!;
        return catalog.ToVocabulary(Guid.NewGuid());
    }
}
