using Commerce.Domain.Conversations;
using Commerce.Domain.Orders;

namespace Commerce.Domain.Tests.Orders;

/// <summary>A delivered order coming back in whole or by line: what is refunded, what the history says, what is refused.</summary>
public sealed class OrderReturnTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Returning_one_of_two_lines_refunds_that_line_and_leaves_the_order_partly_returned()
    {
        var order = DeliveredOrder();
        var socks = order.Lines[0];

        var returned = order.Return([new ReturnLine(socks.Id, 1)], restock: true, "key-1", "re_1", Now, "merchant: returned");

        returned.Value.AmountMinor.Should().Be(1290);
        returned.Value.Sequence.Should().Be(1);
        order.Status.Should().Be(OrderStatus.PartlyReturned);
        order.Returned.MinorUnits.Should().Be(1290);
        socks.ReturnedQuantity.Should().Be(1);
        socks.ReturnableQuantity.Should().Be(1);
        order.History[^1].Cause.Should().Be("merchant: returned: 1 × Socken 3er-Pack (SOCK-3P)");
        order.DomainEvents.OfType<OrderReturned>().Should().ContainSingle().Which.Items.Should().ContainSingle()
            .Which.Should().Be(new ReturnedItem(socks.Id, socks.ProductId, null, "SOCK-3P", "Socken 3er-Pack", 1, 1290));
        order.ReturnWithKey("key-1").Should().BeSameAs(returned.Value);
    }

    [Fact]
    public void A_further_partial_return_keeps_the_status_but_is_in_the_history_and_the_last_piece_completes_the_return()
    {
        var order = DeliveredOrder();
        order.Return([new ReturnLine(order.Lines[0].Id, 1)], true, null, "re_1", Now, "merchant").IsSuccess.Should().BeTrue();
        order.ClearDomainEvents();

        order.Return([new ReturnLine(order.Lines[1].Id, 1)], false, null, "re_2", Now, "merchant").IsSuccess.Should().BeTrue();

        order.Status.Should().Be(OrderStatus.PartlyReturned);
        order.History[^1].Should().BeEquivalentTo(new { From = (OrderStatus?)OrderStatus.PartlyReturned, To = OrderStatus.PartlyReturned });
        order.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<OrderReturned>().Which.Restock.Should().BeFalse();
        order.NextReturnSequence.Should().Be(3);

        order.Return([new ReturnLine(order.Lines[0].Id, 1)], true, null, "re_3", Now, "merchant").IsSuccess.Should().BeTrue();

        order.Status.Should().Be(OrderStatus.Returned);
        order.Returned.MinorUnits.Should().Be(order.Total.MinorUnits);
        order.Returns.Select(r => r.Sequence).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void A_line_never_comes_back_more_often_than_it_was_bought()
    {
        var order = DeliveredOrder();
        order.Return([new ReturnLine(order.Lines[1].Id, 1)], true, null, "re_1", Now, "merchant");
        var historyBefore = order.History.Count;

        var again = order.Return([new ReturnLine(order.Lines[1].Id, 1)], true, null, "re_2", Now, "merchant");
        var tooMany = order.Return([new ReturnLine(order.Lines[0].Id, 3)], true, null, "re_2", Now, "merchant");

        again.Error!.Should().BeEquivalentTo(new { Code = "already_returned", Field = "lines[0].quantity" });
        tooMany.Error!.Should().BeEquivalentTo(new { Code = "exceeds_returnable", Field = "lines[0].quantity" });
        order.Returned.MinorUnits.Should().Be(4990);
        order.History.Should().HaveCount(historyBefore);
        order.Lines[0].ReturnedQuantity.Should().Be(0);
    }

    [Fact]
    public void Unknown_twice_named_or_empty_lines_are_refused_with_the_field_at_fault()
    {
        var order = DeliveredOrder();
        var socks = order.Lines[0].Id;

        order.PlanReturn([new ReturnLine(Guid.NewGuid(), 1)]).Error!.Field.Should().Be("lines[0].lineId");
        order.PlanReturn([new ReturnLine(socks, 1), new ReturnLine(socks, 1)]).Error!.Field.Should().Be("lines[1].lineId");
        order.PlanReturn([new ReturnLine(socks, 0)]).Error!.Field.Should().Be("lines[0].quantity");
        order.PlanReturn([]).Error!.Field.Should().Be("lines");
        order.Status.Should().Be(OrderStatus.Delivered);
    }

    [Fact]
    public void The_providers_refund_event_for_a_returns_money_changes_nothing()
    {
        var order = DeliveredOrder();
        order.Return([new ReturnLine(order.Lines[0].Id, 2)], true, null, "re_1", Now, "merchant");
        var historyBefore = order.History.Count;
        order.ClearDomainEvents();

        order.MarkRefunded(Now, "stripe: refunded").IsSuccess.Should().BeTrue();

        order.Status.Should().Be(OrderStatus.PartlyReturned);
        order.History.Should().HaveCount(historyBefore);
        order.DomainEvents.Should().BeEmpty();
    }

    private static Order DeliveredOrder()
    {
        var order = Order.Place(10042, Guid.NewGuid(), Channel.WebChat, "EUR",
        [
            new OrderLineDraft(Guid.NewGuid(), null, "SOCK-3P", "Socken 3er-Pack", 1290, 2),
            new OrderLineDraft(Guid.NewGuid(), Guid.NewGuid(), "SNK-RED-42", "Sneaker Rot", 4990, 1),
        ], Now).Value;
        order.MarkPaid("pi_1", new ShippingAddress("Erika Mustermann", "Torstraße 1", null, "10119", "Berlin", "DE"), Now, "setup");
        order.Fulfil("DHL", "1", Now, "setup");
        order.MarkDelivered(Now, "setup");
        order.ClearDomainEvents();
        return order;
    }
}
