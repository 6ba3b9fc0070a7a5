using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Sandbox;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Payments;

public static class PaymentsModule
{
    /// <summary>
    /// Payment options (<c>Payments</c> section), the sandbox gateway, and Stripe.net connection, gateway and
    /// webhook reader.
    /// <see cref="IPaymentGateway"/> resolves to the gateway named by <c>Payments:Provider</c>; the provider is read
    /// when the gateway is resolved, so configuration added late (tests, hosting) is honoured.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Payments");
        services.AddOptions<PaymentOptions>()
            .Bind(section)
            // The binder appends configured list items to a list's initial ones (DE, AT, CH + configured);
            // configured countries are meant to replace the defaults.
            .Configure(options =>
            {
                if (section.GetSection("ShippingCountries").Get<string[]>() is { Length: > 0 } countries)
                    options.ShippingCountries = [.. countries];
            })
            .Validate(
                options => !IsStripe(options) || !string.IsNullOrWhiteSpace(options.Stripe.SecretKey),
                "Payments:Stripe:SecretKey is required when Payments:Provider is Stripe.")
            .ValidateOnStart();
        services.AddOptions<StripeNetworkOptions>();
        services.TryAddSingleton(TimeProvider.System);

        // Stripe.net sends the secret key in the Authorization header: no header value reaches the HTTP client's logs.
        services.AddHttpClient(StripeConnection.HttpClientName).RedactLoggedHeaders(_ => true);
        services.AddSingleton<StripeConnection>();
        services.AddSingleton<SandboxPaymentGateway>();
        services.AddTransient<StripePaymentGateway>();
        services.AddSingleton<StripeWebhook>();

        services.AddTransient<IPaymentGateway>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PaymentOptions>>().Value;
            if (IsStripe(options))
                return provider.GetRequiredService<StripePaymentGateway>();
            if (string.Equals(options.Provider, SandboxPaymentGateway.ProviderName, StringComparison.OrdinalIgnoreCase))
                return provider.GetRequiredService<SandboxPaymentGateway>();
            throw new InvalidOperationException(
                $"Payments:Provider '{options.Provider}' is not a payment provider (expected Stripe or Sandbox).");
        });
        return services;
    }

    private static bool IsStripe(PaymentOptions options) =>
        string.Equals(options.Provider, StripePaymentGateway.ProviderName, StringComparison.OrdinalIgnoreCase);
}
