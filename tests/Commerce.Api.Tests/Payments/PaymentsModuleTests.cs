using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Sandbox;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Tests.Payments;

public sealed class PaymentsModuleTests
{
    [Fact]
    public void AddPayments_WhenProviderIsStripe_ResolvesTheStripeGateway()
    {
        using var services = StripeTestServices.Build();

        services.GetRequiredService<IPaymentGateway>().Should().BeOfType<StripePaymentGateway>().Which.Name.Should().Be("Stripe");
        services.GetRequiredService<StripeWebhook>().IsConfigured.Should().BeTrue();
    }

    [Fact]
    public void AddPayments_WhenProviderIsSandbox_ResolvesTheSandboxGatewayWithoutStripeSecrets()
    {
        using var services = StripeTestServices.Build(secretKey: null, provider: "Sandbox");

        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<IPaymentGateway>().Should().BeOfType<SandboxPaymentGateway>();
    }

    [Fact]
    public void AddPayments_WhenStripeHasNoSecretKey_FailsStartUpNamingTheSetting()
    {
        using var services = StripeTestServices.Build(secretKey: null);

        // What the host runs at start-up for ValidateOnStart options.
        var validate = () => services.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().WithMessage("*Payments:Stripe:SecretKey*");
    }
}
