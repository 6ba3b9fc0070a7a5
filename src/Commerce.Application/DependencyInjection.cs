using Commerce.Application.Behaviours;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application;

public static class DependencyInjection
{
    /// <summary>MediatR 5 has no DI package: the mediator, its factory and the pipeline are registered here.</summary>
    public static IServiceCollection AddApplicationCore(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService);
        services.AddScoped<IMediator, Mediator>();
        services.AddSingleton<Messaging.ChannelSenders>();
        services.AddScoped<Messaging.Outbox>();
        services.AddScoped<Abstractions.IDomainEventDispatcher, Abstractions.MediatorDomainEventDispatcher>();

        // Registration order is pipeline order: Logging -> Transaction (commands only) -> handler.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        // A dependency needed on some requests only is taken as Lazy<T> and resolved from the request's scope on first use.
        services.AddTransient(typeof(Lazy<>), typeof(ScopedLazy<>));
        return services;
    }

    /// <summary>Registers one handler explicitly (no assembly scanning).</summary>
    public static IServiceCollection AddHandler<TRequest, TResponse, THandler>(this IServiceCollection services)
        where TRequest : IRequest<TResponse>
        where THandler : class, IRequestHandler<TRequest, TResponse>
        => services.AddScoped<IRequestHandler<TRequest, TResponse>, THandler>();

    private sealed class ScopedLazy<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>) where T : notnull;
}
