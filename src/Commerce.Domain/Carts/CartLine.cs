namespace Commerce.Domain.Carts;

public sealed class CartLine
{
    internal CartLine(Guid productId, Guid? variantId, int quantity)
    {
        Id = Guid.CreateVersion7();
        ProductId = productId;
        VariantId = variantId;
        Quantity = quantity;
    }

    private CartLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProductId { get; private set; }

    public Guid? VariantId { get; private set; }

    public int Quantity { get; internal set; }
}
