using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Payments;

/// <summary>A clock the test sets.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The payments module as the API registers it, pointed at a fake Stripe, with a short attempt timeout.</summary>
public static class StripeTestServices
{
    public const string SecretKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    public const string WebhookSecret = "whsec_test_secret";
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Build(
        Uri? stripeBaseUrl = null, TimeProvider? time = null, string? secretKey = SecretKey, string provider = "Stripe")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Payments:Provider"] = provider,
            ["Payments:Stripe:SecretKey"] = secretKey,
            ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
            ["Payments:Stripe:ApiBaseUrl"] = stripeBaseUrl?.ToString() ?? "https://api.stripe.com",
            ["Payments:ShippingCountries:0"] = "DE",
            ["Payments:ShippingCountries:1"] = "AT",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? new FixedTimeProvider(Now));
        services.AddPayments(configuration);
        services.Configure<StripeNetworkOptions>(network => network.AttemptTimeout = AttemptTimeout);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
