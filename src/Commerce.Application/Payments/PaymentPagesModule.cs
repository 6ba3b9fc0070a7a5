using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Payments;

public static class PaymentPagesModule
{
    /// <summary>What the payment pages read (the gateways and payment events are registered with the orders and by Infrastructure).</summary>
    public static IServiceCollection AddPaymentPages(this IServiceCollection services)
    {
        services.AddHandler<GetPaymentPageOrder, PaymentPageOrder?, GetPaymentPageOrderHandler>();
        return services;
    }
}
