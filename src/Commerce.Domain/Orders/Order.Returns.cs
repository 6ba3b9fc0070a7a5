using Commerce.Domain.Common;

namespace Commerce.Domain.Orders;

/// <summary>
/// Returns after delivery: the whole order or some of its lines (and of a line, some of its pieces) come back and
/// their money goes back. A line never comes back more often than it was bought, so a repeated return is refused
/// instead of refunding twice.
/// </summary>
public sealed partial class Order
{
    private const int MaxCauseLength = 200;

    private readonly List<OrderReturn> _returns = [];

    public IReadOnlyList<OrderReturn> Returns => _returns;

    /// <summary>The money returns gave back so far.</summary>
    public Money Returned { get; private set; }

    public bool CanBeReturned => Status is OrderStatus.Delivered or OrderStatus.PartlyReturned;

    /// <summary>The sequence number the next return gets; the provider's refund is keyed by it.</summary>
    public int NextReturnSequence => _returns.Count + 1;

    /// <summary>The return an earlier request with the same key made, if any.</summary>
    public OrderReturn? ReturnWithKey(string? requestKey) =>
        string.IsNullOrEmpty(requestKey) ? null : _returns.FirstOrDefault(r => r.RequestKey == requestKey);

    /// <summary>Checks a return without changing anything and prices it: what comes back and what it is worth.</summary>
    public Result<IReadOnlyList<ReturnedItem>> PlanReturn(IReadOnlyList<ReturnLine> lines)
    {
        if (Status == OrderStatus.Returned)
            return Error.Conflict("already_done", $"Order {Number} has already come back in full.", "status");
        if (!CanBeReturned)
            return Error.Conflict("invalid_transition", $"Order {Number} is {Status}: only a delivered order can be returned.", "status");
        if (lines.Count == 0)
            return Error.Validation("lines", "Name at least one line to return.");

        var items = new List<ReturnedItem>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var wanted = lines[i];
            var line = _lines.FirstOrDefault(l => l.Id == wanted.LineId);
            if (line is null)
                return Error.Validation($"lines[{i}].lineId", $"Order {Number} has no such line.");
            if (lines.Take(i).Any(l => l.LineId == wanted.LineId))
                return Error.Validation($"lines[{i}].lineId", $"The line {line.Sku} is named twice.");
            if (wanted.Quantity < 1)
                return Error.Validation($"lines[{i}].quantity", "The quantity must be at least 1.");
            if (line.ReturnableQuantity == 0)
                return Error.Conflict("already_returned", $"{line.Name} ({line.Sku}) has already come back.", $"lines[{i}].quantity");
            if (wanted.Quantity > line.ReturnableQuantity)
            {
                return Error.Conflict("exceeds_returnable",
                    $"Only {line.ReturnableQuantity} of {line.Name} ({line.Sku}) can still come back.", $"lines[{i}].quantity");
            }

            items.Add(new ReturnedItem(line.Id, line.ProductId, line.VariantId, line.Sku, line.Name, wanted.Quantity, line.UnitPriceMinor * wanted.Quantity));
        }

        return items;
    }

    /// <summary>
    /// Records a return whose money has gone back (<paramref name="refundId"/>): the lines count the pieces returned,
    /// the order becomes PartlyReturned or Returned, and the history says what came back.
    /// </summary>
    public Result<OrderReturn> Return(IReadOnlyList<ReturnLine> lines, bool restock, string? requestKey, string? refundId, DateTimeOffset now, string cause)
    {
        var planned = PlanReturn(lines);
        if (!planned.IsSuccess)
            return planned.Error!;

        var items = planned.Value;
        foreach (var item in items)
            _lines.First(l => l.Id == item.LineId).Return(item.Quantity);
        var amount = items.Sum(i => i.AmountMinor);
        var described = string.Join(", ", items.Select(i => $"{i.Quantity} × {i.Name} ({i.Sku})"));
        var record = new OrderReturn(NextReturnSequence, requestKey, amount, refundId, restock, Truncate(described, 1000), now);
        _returns.Add(record);
        Returned = Returned.Add(Money.FromMinorUnits(amount, Returned.Currency));

        var target = _lines.All(l => l.ReturnableQuantity == 0) ? OrderStatus.Returned : OrderStatus.PartlyReturned;
        var entry = Truncate($"{cause}: {described}", MaxCauseLength);
        if (target == Status)
        {
            // A further partial return: no new status, but the history still tells what came back.
            _history.Add(new OrderStatusChange(Status, Status, now, entry));
            UpdatedAt = now;
        }
        else
        {
            var moved = MoveTo(target, now, entry);
            if (!moved.IsSuccess)
                return moved.Error!;
        }

        Raise(new OrderReturned(Id, record.Id, items, amount, restock));
        return record;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
