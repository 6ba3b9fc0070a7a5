using Commerce.Application.Abstractions;
using Commerce.Application.Checkout;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Domain.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Cart;

/// <summary>
/// A cart sent from the messenger's own catalog (a WhatsApp order): it becomes the shopper's cart — SKUs are ours —
/// and goes straight on to checkout. Lines we cannot sell are named instead of silently dropped.
/// </summary>
public sealed record OrderFromPlatformCatalog(Guid ConversationId, string Language, IReadOnlyList<NativeOrderLine> Lines) : IChatRequest;

public sealed class OrderFromPlatformCatalogHandler(ICommerceDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<OrderFromPlatformCatalog, OutboundReply>
{
    public async Task<OutboundReply> Handle(OrderFromPlatformCatalog request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cart = await CartStore.GetOrCreateAsync(db, request.ConversationId, now, cancellationToken);
        cart.Clear(now);
        var skipped = new List<string>();
        foreach (var line in request.Lines.Take(Domain.Carts.Cart.MaxLines))
        {
            var sku = Sku.Create(line.Sku);
            var target = sku.IsSuccess ? await FindAsync(sku.Value, cancellationToken) : null;
            if (target is null || target.Value.Product.Status == ProductStatus.Archived
                || !cart.Add(target.Value.Product.Id, target.Value.Variant?.Id, line.Quantity, target.Value.Variant?.Stock ?? target.Value.Product.Stock, now).IsSuccess)
            {
                skipped.Add(target?.Product.Name.In(request.Language) ?? line.Sku);
            }
        }

        await db.SaveChangesAsync(cancellationToken); // checkout reads the cart from the database
        var checkout = await mediator.Send(new StartCheckout(request.ConversationId, request.Language), cancellationToken);
        if (skipped.Count == 0)
            return checkout;
        var note = string.Format(ReplyTexts.For(request.Language).PartlyUnavailable, string.Join(", ", skipped));
        return new OutboundReply([new TextPart(note), .. checkout.Parts]);
    }

    private async Task<(Product Product, Variant? Variant)?> FindAsync(Sku sku, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Variants)
            .FirstOrDefaultAsync(p => p.Sku == sku || p.Variants.Any(v => v.Sku == sku), cancellationToken);
        if (product is null)
            return null;
        var variant = product.Variants.FirstOrDefault(v => v.Sku == sku);
        // A product SKU for a product with variants names no purchasable item.
        return variant is null && product.HasVariants ? null : (product, variant);
    }
}
