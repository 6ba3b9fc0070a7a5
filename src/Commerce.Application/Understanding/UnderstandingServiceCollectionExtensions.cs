using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Understanding;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>Registers the free-text recogniser; one instance because its lexicons are built once at start-up.</summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services) =>
        services.AddSingleton<IIntentRecognizer, RuleBasedIntentRecognizer>();
}
