namespace Commerce.Domain.Orders;

public enum OrderStatus
{
    PendingPayment,
    Paid,
    Fulfilled,
    Delivered,
    Expired,
    PaymentFailed,
    Cancelled,
    Refunded,
}
