using Commerce.Domain.Common;
using Commerce.Domain.Conversations;

namespace Commerce.Domain.Orders;

/// <summary>
/// An order placed in a chat. It decides which status changes are legal; repeating a change that already happened
/// (a redelivered webhook) is a harmless no-op, so retries and out-of-order events cannot corrupt it.
/// </summary>
public sealed partial class Order : AggregateRoot
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.PendingPayment] = [OrderStatus.Paid, OrderStatus.Expired, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Fulfilled, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Fulfilled] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [OrderStatus.PartlyReturned, OrderStatus.Returned],
        // A further partial return stays PartlyReturned; its history entry says what came back (see Return).
        [OrderStatus.PartlyReturned] = [OrderStatus.Returned],
        [OrderStatus.Returned] = [],
        // Only money that arrived anyway goes back from these (see RefundLatePayment and MarkRefunded).
        [OrderStatus.Expired] = [OrderStatus.Refunded],
        [OrderStatus.PaymentFailed] = [OrderStatus.Refunded],
        [OrderStatus.Cancelled] = [OrderStatus.Refunded],
        [OrderStatus.Refunded] = [],
    };

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _history = [];

#pragma warning disable CS8618 // EF Core materialisation
    private Order()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    /// <summary>The human-friendly number a shopper quotes, e.g. 10042.</summary>
    public long Number { get; private set; }

    public Guid ConversationId { get; private set; }

    public Channel Channel { get; private set; }

    public OrderStatus Status { get; private set; }

    /// <summary>What the shopper pays: the lines' prices at checkout.</summary>
    public Money Total { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<OrderStatusChange> History => _history;

    public ShippingAddress? ShippingAddress { get; private set; }

    public string? PaymentProvider { get; private set; }

    public string? PaymentSessionId { get; private set; }

    public string? PaymentUrl { get; private set; }

    public DateTimeOffset? PaymentExpiresAt { get; private set; }

    /// <summary>The provider's reference of the captured payment (Stripe payment intent), needed for refunds.</summary>
    public string? PaymentReference { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    /// <summary>Set when a paid order was cancelled and its money still has to go back.</summary>
    public bool RefundDue { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsOpenForPayment => Status == OrderStatus.PendingPayment;

    public static Result<Order> Place(long number, Guid conversationId, Channel channel, string currency, IReadOnlyList<OrderLineDraft> lines, DateTimeOffset now)
    {
        if (lines.Count == 0)
            return Error.Validation("lines", "An order needs at least one line.");
        if (lines.Any(l => l.Quantity < 1 || l.UnitPriceMinor <= 0))
            return Error.Validation("lines", "Every line needs a quantity of at least 1 and a positive price.");
        if (!Money.IsKnownCurrency(currency))
            return Error.Validation("currency", $"Unknown currency '{currency}'.");
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            ConversationId = conversationId,
            Channel = channel,
            Status = OrderStatus.PendingPayment,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order._lines.AddRange(lines.Select(l => new OrderLine(l.ProductId, l.VariantId, l.Sku, l.Name, l.UnitPriceMinor, l.Quantity)));
        order.Total = Money.FromMinorUnits(order._lines.Sum(l => l.LineTotalMinor), currency);
        order.Returned = Money.FromMinorUnits(0, currency);
        order._history.Add(new OrderStatusChange(null, OrderStatus.PendingPayment, now, "checkout"));
        return order;
    }

    public void AttachPaymentSession(string provider, string sessionId, string url, DateTimeOffset expiresAt)
    {
        PaymentProvider = provider;
        PaymentSessionId = sessionId;
        PaymentUrl = url;
        PaymentExpiresAt = expiresAt;
    }

    public Result MarkPaid(string? paymentReference, ShippingAddress? address, DateTimeOffset now, string cause)
    {
        PaymentReference ??= paymentReference;
        ShippingAddress ??= address;
        return MoveTo(OrderStatus.Paid, now, cause);
    }

    public Result MarkPaymentFailed(DateTimeOffset now, string cause) => MoveTo(OrderStatus.PaymentFailed, now, cause);

    public Result Expire(DateTimeOffset now, string cause) => MoveTo(OrderStatus.Expired, now, cause);

    /// <summary>Cancels before fulfilment; a paid order then owes a refund.</summary>
    public Result Cancel(DateTimeOffset now, string cause, bool repeatIsError = false)
    {
        var wasPaid = Status == OrderStatus.Paid;
        var moved = MoveTo(OrderStatus.Cancelled, now, cause, repeatIsError);
        if (moved.IsSuccess && wasPaid)
            RefundDue = true;
        return moved;
    }

    public Result Fulfil(string carrier, string trackingNumber, DateTimeOffset now, string cause, bool repeatIsError = false)
    {
        if (string.IsNullOrWhiteSpace(carrier))
            return Error.Validation("carrier", "The carrier is required.");
        if (string.IsNullOrWhiteSpace(trackingNumber))
            return Error.Validation("trackingNumber", "The tracking number is required.");
        if (Status == OrderStatus.Paid && ShippingAddress is null)
            return Error.Conflict("no_shipping_address", "The order has no shipping address, so it cannot be shipped.", "shippingAddress");
        var moved = MoveTo(OrderStatus.Fulfilled, now, cause, repeatIsError);
        if (moved.IsSuccess)
            (Carrier, TrackingNumber) = (carrier.Trim(), trackingNumber.Trim());
        return moved;
    }

    public Result MarkDelivered(DateTimeOffset now, string cause, bool repeatIsError = false) => MoveTo(OrderStatus.Delivered, now, cause, repeatIsError);

    /// <summary>The money went back: from Paid (a refund), or settling a cancelled order's refund.</summary>
    public Result MarkRefunded(DateTimeOffset now, string cause, bool repeatIsError = false)
    {
        if (Status is OrderStatus.PartlyReturned or OrderStatus.Returned && !repeatIsError)
            return Result.Success(); // the provider's refund event for money a return already gave back

        if (Status is OrderStatus.Expired or OrderStatus.PaymentFailed || (Status == OrderStatus.Cancelled && !RefundDue))
        {
            return repeatIsError || PaymentReference is null
                ? Error.Conflict("invalid_transition", $"Order {Number} is {Status} and was never paid: nothing to refund.", "status")
                : Result.Success(); // a provider's refund event for money we already returned
        }

        var moved = MoveTo(OrderStatus.Refunded, now, cause, repeatIsError);
        if (moved.IsSuccess)
            RefundDue = false;
        return moved;
    }

    /// <summary>True when a payment for this order can no longer buy it: the order expired, failed or was cancelled
    /// unpaid. Such money has to go back (<see cref="RefundLatePayment"/>).</summary>
    public bool IsPaymentTooLate => Status is OrderStatus.Expired or OrderStatus.PaymentFailed
                                    || (Status == OrderStatus.Cancelled && !RefundDue && PaymentReference is null);

    /// <summary>A payment arrived after the order had ended and has been returned to the shopper.</summary>
    public Result RefundLatePayment(string? paymentReference, DateTimeOffset now, string cause)
    {
        if (!IsPaymentTooLate)
            return Error.Conflict("invalid_transition", $"Order {Number} is {Status}: its payment is not late.", "status");
        PaymentReference ??= paymentReference;
        return MoveTo(OrderStatus.Refunded, now, cause);
    }

    /// <summary>True when the order has reached <paramref name="status"/> or gone past it on the happy path.</summary>
    public bool HasReached(OrderStatus status) => status switch
    {
        OrderStatus.Paid => Status is OrderStatus.Paid or OrderStatus.Fulfilled or OrderStatus.Delivered or OrderStatus.Refunded
                                or OrderStatus.PartlyReturned or OrderStatus.Returned
                            || (Status == OrderStatus.Cancelled && RefundDue),
        OrderStatus.Fulfilled => Status is OrderStatus.Fulfilled or OrderStatus.Delivered or OrderStatus.PartlyReturned or OrderStatus.Returned,
        OrderStatus.Delivered => Status is OrderStatus.Delivered or OrderStatus.PartlyReturned or OrderStatus.Returned,
        _ => Status == status,
    };

    /// <param name="repeatIsError">
    /// False for provider events, which may arrive twice or late: reaching a status again changes nothing.
    /// True for a merchant's explicit action, who should hear that it was already done.
    /// </param>
    private Result MoveTo(OrderStatus target, DateTimeOffset now, string cause, bool repeatIsError = false)
    {
        if (Status == target || HasReached(target))
        {
            return repeatIsError
                ? Error.Conflict("already_done", $"Order {Number} is already {Status}.", "status")
                : Result.Success();
        }

        if (!Allowed[Status].Contains(target))
            return Error.Conflict("invalid_transition", $"Order {Number} is {Status} and cannot become {target}.", "status");

        var from = Status;
        Status = target;
        UpdatedAt = now;
        _history.Add(new OrderStatusChange(from, target, now, cause));
        Raise(new OrderStatusChanged(Id, from, target, cause));
        return Result.Success();
    }

    /// <summary>
    /// The shopper asked to be forgotten: what bookkeeping requires (number, lines, amounts, dates, status history and
    /// the payment reference refunds need) stays; the address, the parcel's tracking and the payment link go.
    /// </summary>
    public void Pseudonymise(DateTimeOffset now)
    {
        ShippingAddress = null;
        Carrier = null;
        TrackingNumber = null;
        PaymentUrl = null;
        UpdatedAt = now;
    }
}
