using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Application.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the free-text recogniser: the cue rules blended with the learned classifier. One instance, because the
    /// lexicons and the model are built once (the model is trained from the embedded data on first use, once per process).
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.AddSingleton<IIntentRecognizer, HybridIntentRecognizer>();
        // The host's catalog (Infrastructure) replaces this; without one no word names goods.
        services.TryAddSingleton<ICatalogVocabularySource, NoCatalogVocabulary>();
        return services;
    }
}
