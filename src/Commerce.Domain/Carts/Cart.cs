using Commerce.Domain.Common;

namespace Commerce.Domain.Carts;

/// <summary>A conversation's cart. Prices are read live from the catalog; checkout snapshots them.</summary>
public sealed class Cart
{
    public const int MaxLineQuantity = 99;
    public const int MaxLines = 30;

    private readonly List<CartLine> _lines = [];

    private Cart(Guid conversationId, DateTimeOffset now)
    {
        ConversationId = conversationId;
        UpdatedAt = now;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private Cart()
    {
    }
#pragma warning restore CS8618

    public Guid ConversationId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines;

    public uint Version { get; private set; }

    public bool IsEmpty => _lines.Count == 0;

    public static Cart For(Guid conversationId, DateTimeOffset now) => new(conversationId, now);

    public int QuantityOf(Guid productId, Guid? variantId) =>
        _lines.FirstOrDefault(l => l.ProductId == productId && l.VariantId == variantId)?.Quantity ?? 0;

    /// <summary>Adds to an existing line or opens a new one; <paramref name="available"/> is the stock right now.</summary>
    public Result<CartLine> Add(Guid productId, Guid? variantId, int quantity, int available, DateTimeOffset now)
    {
        if (quantity < 1)
            return Error.Validation("quantity", "The quantity must be at least 1.");
        var line = _lines.FirstOrDefault(l => l.ProductId == productId && l.VariantId == variantId);
        var wanted = (line?.Quantity ?? 0) + quantity;
        if (wanted > MaxLineQuantity)
            return Error.Validation("quantity", $"At most {MaxLineQuantity} of one item fit in a cart.");
        if (wanted > available)
            return Error.Conflict("insufficient_stock", $"Only {available} in stock.", "quantity");
        if (line is null)
        {
            if (_lines.Count >= MaxLines)
                return Error.Conflict("cart_full", $"A cart holds at most {MaxLines} different items.");
            line = new CartLine(productId, variantId, quantity);
            _lines.Add(line);
        }
        else
        {
            line.Quantity = wanted;
        }

        UpdatedAt = now;
        return line;
    }

    /// <summary>Sets a line's quantity ("make it 3", "nur noch eins"); zero removes the line.</summary>
    public Result<int> SetQuantity(Guid lineId, int quantity, int available, DateTimeOffset now)
    {
        var line = _lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
            return Error.NotFound("cart line", lineId);
        if (quantity is < 0 or > MaxLineQuantity)
            return Error.Validation("quantity", $"The quantity must be from 0 to {MaxLineQuantity}.");
        if (quantity > line.Quantity && quantity > available)
            return Error.Conflict("insufficient_stock", $"Only {available} in stock.", "quantity");
        if (quantity == 0)
            _lines.Remove(line);
        else
            line.Quantity = quantity;
        UpdatedAt = now;
        return quantity;
    }

    /// <summary>
    /// Swaps a line to another variant of the same product ("lieber in 44"), keeping its quantity; joins an existing
    /// line of that variant.
    /// </summary>
    public Result<CartLine> ChangeVariant(Guid lineId, Guid variantId, int available, DateTimeOffset now)
    {
        var line = _lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
            return Error.NotFound("cart line", lineId);
        if (line.VariantId == variantId)
            return line;
        var other = _lines.FirstOrDefault(l => l.ProductId == line.ProductId && l.VariantId == variantId);
        var wanted = line.Quantity + (other?.Quantity ?? 0);
        if (wanted > available)
            return Error.Conflict("insufficient_stock", $"Only {available} in stock.", "quantity");
        if (wanted > MaxLineQuantity)
            return Error.Validation("quantity", $"At most {MaxLineQuantity} of one item fit in a cart.");
        _lines.Remove(line);
        if (other is null)
        {
            other = new CartLine(line.ProductId, variantId, line.Quantity);
            _lines.Add(other);
        }
        else
        {
            other.Quantity = wanted;
        }
        UpdatedAt = now;
        return other;
    }

    /// <summary>Removes the given lines; returns how many were removed.</summary>
    public int Remove(Func<CartLine, bool> match, DateTimeOffset now)
    {
        var removed = _lines.RemoveAll(l => match(l));
        if (removed > 0)
            UpdatedAt = now;
        return removed;
    }

    public void Clear(DateTimeOffset now)
    {
        _lines.Clear();
        UpdatedAt = now;
    }
}
