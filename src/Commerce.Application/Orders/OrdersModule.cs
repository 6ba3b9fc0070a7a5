using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Application.Checkout;
using Commerce.Application.Messaging;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Orders;

public static class OrdersModule
{
    /// <summary>Checkout, payment events, orders in chat and the merchant's order actions.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddScoped<CheckoutDrafts>();
        services.AddScoped<OrderActions>();
        services.AddHandler<GetDashboard, Dashboard, GetDashboardHandler>();
        services.AddHandler<StartCheckout, OutboundReply, StartCheckoutHandler>();
        services.AddHandler<OpenPaymentSession, PaymentSessionOutcome, OpenPaymentSessionHandler>();
        services.AddHandler<HandlePaymentEvent, PaymentEventOutcome, HandlePaymentEventHandler>();
        services.AddScoped<INotificationHandler<DomainEventNotification<OrderStatusChanged>>, OrderNotifications>();

        services.AddHandler<ShowOrderStatus, OutboundReply, ShowOrderStatusHandler>();
        services.AddHandler<CancelOrderInChat, OutboundReply, CancelOrderInChatHandler>();

        services.AddHandler<ListOrders, Result<PagedList<OrderSummaryDto>>, ListOrdersHandler>();
        services.AddHandler<GetOrder, Result<OrderDto>, GetOrderHandler>();
        services.AddHandler<ChangeOrder, Result<OrderDto>, ChangeOrderHandler>();
        services.AddHandler<ReturnOrder, Result<OrderDto>, ReturnOrderHandler>();
        services.AddScoped<INotificationHandler<DomainEventNotification<OrderReturned>>, OrderReturnNotifications>();
        return services;
    }
}
