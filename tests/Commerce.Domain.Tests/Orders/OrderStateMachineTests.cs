using Commerce.Domain.Conversations;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;

namespace Commerce.Domain.Tests.Orders;

/// <summary>
/// Every action on an order in every status: which ones move it (recorded in its history, announced by an event), which
/// are refused (nothing changes) and which repeat what already happened (a redelivered provider event: nothing changes,
/// no error). Merchant actions say so when repeated.
/// </summary>
public sealed class OrderStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Where an order can stand; "CancelledAfterPayment" is Cancelled with its refund still due.</summary>
    public enum Start
    {
        PendingPayment,
        Paid,
        Fulfilled,
        Delivered,
        Expired,
        PaymentFailed,
        Cancelled,
        CancelledAfterPayment,
        Refunded,
        PartlyReturned,
        Returned,
    }

    /// <summary>What can happen to an order: provider events (first three and the late refund) and merchant or shopper actions.</summary>
    public enum Action
    {
        Pay,
        FailPayment,
        Expire,
        Cancel,
        Fulfil,
        Deliver,
        Refund,
        RefundLatePayment,
        ReturnOnePiece,
    }

    private const string Refused = "refused";
    private const string AlreadyDone = "already done";
    private const string NoChange = "no change";

    public static TheoryData<Start, Action, string> Transitions => new()
    {
        { Start.PendingPayment, Action.Pay, "Paid" },
        { Start.PendingPayment, Action.FailPayment, "PaymentFailed" },
        { Start.PendingPayment, Action.Expire, "Expired" },
        { Start.PendingPayment, Action.Cancel, "Cancelled" },
        { Start.PendingPayment, Action.Fulfil, Refused },
        { Start.PendingPayment, Action.Deliver, Refused },
        { Start.PendingPayment, Action.Refund, Refused },
        { Start.PendingPayment, Action.RefundLatePayment, Refused },
        { Start.PendingPayment, Action.ReturnOnePiece, Refused },

        { Start.Paid, Action.Pay, NoChange },
        { Start.Paid, Action.FailPayment, Refused },
        { Start.Paid, Action.Expire, Refused },
        { Start.Paid, Action.Cancel, "Cancelled" },
        { Start.Paid, Action.Fulfil, "Fulfilled" },
        { Start.Paid, Action.Deliver, Refused },
        { Start.Paid, Action.Refund, "Refunded" },
        { Start.Paid, Action.RefundLatePayment, Refused },
        { Start.Paid, Action.ReturnOnePiece, Refused },

        { Start.Fulfilled, Action.Pay, NoChange },
        { Start.Fulfilled, Action.FailPayment, Refused },
        { Start.Fulfilled, Action.Expire, Refused },
        { Start.Fulfilled, Action.Cancel, Refused },
        { Start.Fulfilled, Action.Fulfil, AlreadyDone },
        { Start.Fulfilled, Action.Deliver, "Delivered" },
        { Start.Fulfilled, Action.Refund, Refused },
        { Start.Fulfilled, Action.RefundLatePayment, Refused },
        { Start.Fulfilled, Action.ReturnOnePiece, Refused },

        { Start.Delivered, Action.Pay, NoChange },
        { Start.Delivered, Action.FailPayment, Refused },
        { Start.Delivered, Action.Expire, Refused },
        { Start.Delivered, Action.Cancel, Refused },
        { Start.Delivered, Action.Fulfil, AlreadyDone },
        { Start.Delivered, Action.Deliver, AlreadyDone },
        { Start.Delivered, Action.Refund, Refused },
        { Start.Delivered, Action.RefundLatePayment, Refused },
        { Start.Delivered, Action.ReturnOnePiece, "PartlyReturned" },

        { Start.Expired, Action.Pay, Refused },
        { Start.Expired, Action.FailPayment, Refused },
        { Start.Expired, Action.Expire, NoChange },
        { Start.Expired, Action.Cancel, Refused },
        { Start.Expired, Action.Fulfil, Refused },
        { Start.Expired, Action.Deliver, Refused },
        { Start.Expired, Action.Refund, Refused },
        { Start.Expired, Action.RefundLatePayment, "Refunded" },
        { Start.Expired, Action.ReturnOnePiece, Refused },

        { Start.PaymentFailed, Action.Pay, Refused },
        { Start.PaymentFailed, Action.FailPayment, NoChange },
        { Start.PaymentFailed, Action.Expire, Refused },
        { Start.PaymentFailed, Action.Cancel, Refused },
        { Start.PaymentFailed, Action.Fulfil, Refused },
        { Start.PaymentFailed, Action.Deliver, Refused },
        { Start.PaymentFailed, Action.Refund, Refused },
        { Start.PaymentFailed, Action.RefundLatePayment, "Refunded" },
        { Start.PaymentFailed, Action.ReturnOnePiece, Refused },

        { Start.Cancelled, Action.Pay, Refused },
        { Start.Cancelled, Action.FailPayment, Refused },
        { Start.Cancelled, Action.Expire, Refused },
        { Start.Cancelled, Action.Cancel, AlreadyDone },
        { Start.Cancelled, Action.Fulfil, Refused },
        { Start.Cancelled, Action.Deliver, Refused },
        { Start.Cancelled, Action.Refund, Refused },
        { Start.Cancelled, Action.RefundLatePayment, "Refunded" },
        { Start.Cancelled, Action.ReturnOnePiece, Refused },

        { Start.CancelledAfterPayment, Action.Pay, NoChange },
        { Start.CancelledAfterPayment, Action.FailPayment, Refused },
        { Start.CancelledAfterPayment, Action.Expire, Refused },
        { Start.CancelledAfterPayment, Action.Cancel, AlreadyDone },
        { Start.CancelledAfterPayment, Action.Fulfil, Refused },
        { Start.CancelledAfterPayment, Action.Deliver, Refused },
        { Start.CancelledAfterPayment, Action.Refund, "Refunded" },
        { Start.CancelledAfterPayment, Action.RefundLatePayment, Refused },
        { Start.CancelledAfterPayment, Action.ReturnOnePiece, Refused },

        { Start.Refunded, Action.Pay, NoChange },
        { Start.Refunded, Action.FailPayment, Refused },
        { Start.Refunded, Action.Expire, Refused },
        { Start.Refunded, Action.Cancel, Refused },
        { Start.Refunded, Action.Fulfil, Refused },
        { Start.Refunded, Action.Deliver, Refused },
        { Start.Refunded, Action.Refund, AlreadyDone },
        { Start.Refunded, Action.RefundLatePayment, Refused },
        { Start.Refunded, Action.ReturnOnePiece, Refused },

        { Start.PartlyReturned, Action.Pay, NoChange },
        { Start.PartlyReturned, Action.FailPayment, Refused },
        { Start.PartlyReturned, Action.Expire, Refused },
        { Start.PartlyReturned, Action.Cancel, Refused },
        { Start.PartlyReturned, Action.Fulfil, AlreadyDone },
        { Start.PartlyReturned, Action.Deliver, AlreadyDone },
        { Start.PartlyReturned, Action.Refund, Refused },
        { Start.PartlyReturned, Action.RefundLatePayment, Refused },
        { Start.PartlyReturned, Action.ReturnOnePiece, "Returned" },

        { Start.Returned, Action.Pay, NoChange },
        { Start.Returned, Action.FailPayment, Refused },
        { Start.Returned, Action.Expire, Refused },
        { Start.Returned, Action.Cancel, Refused },
        { Start.Returned, Action.Fulfil, AlreadyDone },
        { Start.Returned, Action.Deliver, AlreadyDone },
        { Start.Returned, Action.Refund, Refused },
        { Start.Returned, Action.RefundLatePayment, Refused },
        { Start.Returned, Action.ReturnOnePiece, AlreadyDone },
    };

    [Fact]
    public void The_table_covers_every_action_in_every_status()
    {
        var covered = Transitions.Select(row => ((Start)row[0], (Action)row[1])).ToList();

        covered.Should().OnlyHaveUniqueItems();
        covered.Should().HaveCount(Enum.GetValues<Start>().Length * Enum.GetValues<Action>().Length);
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void An_action_moves_the_order_or_is_refused_or_changes_nothing(Start start, Action action, string expected)
    {
        var order = OrderIn(start);
        var statusBefore = order.Status;
        var historyBefore = order.History.Count;
        order.ClearDomainEvents();

        var result = Apply(order, action);

        switch (expected)
        {
            case Refused:
                result.IsSuccess.Should().BeFalse();
                result.Error!.Code.Should().Be("invalid_transition");
                break;
            case AlreadyDone:
                result.IsSuccess.Should().BeFalse();
                result.Error!.Code.Should().Be("already_done", "a merchant hears that it was done already");
                break;
            case NoChange:
                result.IsSuccess.Should().BeTrue("a repeated provider event is harmless");
                break;
            default:
                result.IsSuccess.Should().BeTrue(result.Error?.Message);
                order.Status.ToString().Should().Be(expected);
                order.History[^1].Should().BeEquivalentTo(new { From = (OrderStatus?)statusBefore, To = order.Status });
                var changed = order.DomainEvents.OfType<OrderStatusChanged>().Should().ContainSingle().Subject;
                changed.Should().BeEquivalentTo(new { OrderId = order.Id, From = statusBefore, To = order.Status });
                changed.Cause.Should().StartWith("test");
                return;
        }

        order.Status.Should().Be(statusBefore);
        order.History.Should().HaveCount(historyBefore);
        order.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Cancelling_a_paid_order_owes_a_refund_and_refunding_settles_it()
    {
        var order = OrderIn(Start.Paid);

        order.Cancel(Now, "merchant").IsSuccess.Should().BeTrue();
        order.RefundDue.Should().BeTrue();
        order.MarkRefunded(Now, "merchant").IsSuccess.Should().BeTrue();

        order.RefundDue.Should().BeFalse();
        order.History.Select(h => h.To).Should().Equal(OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.Cancelled, OrderStatus.Refunded);
    }

    [Fact]
    public void Money_arriving_for_an_ended_unpaid_order_is_too_late_and_only_then()
    {
        OrderIn(Start.Expired).IsPaymentTooLate.Should().BeTrue();
        OrderIn(Start.PaymentFailed).IsPaymentTooLate.Should().BeTrue();
        OrderIn(Start.Cancelled).IsPaymentTooLate.Should().BeTrue();
        OrderIn(Start.PendingPayment).IsPaymentTooLate.Should().BeFalse();
        OrderIn(Start.Paid).IsPaymentTooLate.Should().BeFalse();
        OrderIn(Start.CancelledAfterPayment).IsPaymentTooLate.Should().BeFalse();
    }

    [Fact]
    public void A_provider_refund_event_for_money_already_returned_is_harmless()
    {
        var order = OrderIn(Start.Expired);
        order.RefundLatePayment("pi_late", Now, "late").IsSuccess.Should().BeTrue();

        order.MarkRefunded(Now, "stripe: refunded").IsSuccess.Should().BeTrue();

        order.Status.Should().Be(OrderStatus.Refunded);
        order.PaymentReference.Should().Be("pi_late");
    }

    private static readonly ShippingAddress Berlin = new("Erika Mustermann", "Torstraße 1", null, "10119", "Berlin", "DE");

    [Fact]
    public void A_paid_order_without_a_shipping_address_cannot_be_shipped()
    {
        var order = Order.Place(10043, Guid.NewGuid(), Channel.WebChat, "EUR", [new OrderLineDraft(Guid.NewGuid(), null, "SOCK-3P", "Socken", 1290, 1)], Now).Value;
        order.MarkPaid("pi_2", null, Now, "test").IsSuccess.Should().BeTrue();

        var fulfilled = order.Fulfil("DHL", "1", Now, "test");

        fulfilled.Error!.Field.Should().Be("shippingAddress");
        order.Status.Should().Be(OrderStatus.Paid);
        order.Carrier.Should().BeNull();
    }

    private static Result Apply(Order order, Action action) => action switch
    {
        Action.Pay => order.MarkPaid("pi_test", Berlin, Now, "test"),
        Action.FailPayment => order.MarkPaymentFailed(Now, "test"),
        Action.Expire => order.Expire(Now, "test"),
        Action.Cancel => order.Cancel(Now, "test", repeatIsError: true),
        Action.Fulfil => order.Fulfil("DHL", "00340434161094042557", Now, "test", repeatIsError: true),
        Action.Deliver => order.MarkDelivered(Now, "test", repeatIsError: true),
        Action.Refund => order.MarkRefunded(Now, "test", repeatIsError: true),
        Action.RefundLatePayment => order.RefundLatePayment("pi_late", Now, "test"),
        _ => Returned(order, 1, "test"),
    };

    private static Order OrderIn(Start start)
    {
        var order = Order.Place(10042, Guid.NewGuid(), Channel.WebChat, "EUR", [new OrderLineDraft(Guid.NewGuid(), null, "SOCK-3P", "Socken", 1290, 2)], Now).Value;
        var reached = start switch
        {
            Start.PendingPayment => Result.Success(),
            Start.Paid => order.MarkPaid("pi_1", Berlin, Now, "setup"),
            Start.Fulfilled => Chain(order.MarkPaid("pi_1", Berlin, Now, "setup"), () => order.Fulfil("DHL", "1", Now, "setup")),
            Start.Delivered => Chain(order.MarkPaid("pi_1", Berlin, Now, "setup"), () => order.Fulfil("DHL", "1", Now, "setup"), () => order.MarkDelivered(Now, "setup")),
            Start.Expired => order.Expire(Now, "setup"),
            Start.PaymentFailed => order.MarkPaymentFailed(Now, "setup"),
            Start.Cancelled => order.Cancel(Now, "setup"),
            Start.CancelledAfterPayment => Chain(order.MarkPaid("pi_1", Berlin, Now, "setup"), () => order.Cancel(Now, "setup")),
            Start.PartlyReturned or Start.Returned => Chain(
                order.MarkPaid("pi_1", Berlin, Now, "setup"), () => order.Fulfil("DHL", "1", Now, "setup"), () => order.MarkDelivered(Now, "setup"),
                () => Returned(order, start == Start.Returned ? 2 : 1, "setup")),
            _ => Chain(order.MarkPaid("pi_1", Berlin, Now, "setup"), () => order.MarkRefunded(Now, "setup")),
        };
        reached.IsSuccess.Should().BeTrue();
        order.Status.ToString().Should().Be(start == Start.CancelledAfterPayment ? "Cancelled" : start.ToString());
        return order;
    }

    private static Result Returned(Order order, int pieces, string cause)
    {
        var returned = order.Return([new ReturnLine(order.Lines[0].Id, pieces)], restock: true, null, "re_1", Now, cause);
        return returned.IsSuccess ? Result.Success() : returned.Error!;
    }

    private static Result Chain(Result first, params Func<Result>[] next)
    {
        var result = first;
        foreach (var step in next)
        {
            if (!result.IsSuccess)
                return result;
            result = step();
        }

        return result;
    }
}
