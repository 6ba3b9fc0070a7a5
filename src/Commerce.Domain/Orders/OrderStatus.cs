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

    /// <summary>Delivered, and some of its goods came back (and were refunded).</summary>
    PartlyReturned,

    /// <summary>Delivered, and all of its goods came back (and were refunded).</summary>
    Returned,
}
