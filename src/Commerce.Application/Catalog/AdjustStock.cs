using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Adds or removes stock relative to what is there, safe under concurrency.</summary>
public sealed record AdjustStock(Guid ProductId, Guid? VariantId, int Delta, string Reason) : ICommand<Result<StockLevelDto>>;

public sealed class AdjustStockHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<AdjustStock, Result<StockLevelDto>>
{
    private const int MaxDelta = 1_000_000;

    public async Task<Result<StockLevelDto>> Handle(AdjustStock request, CancellationToken cancellationToken)
    {
        if (request.Delta == 0 || Math.Abs((long)request.Delta) > MaxDelta)
            return Error.Validation("delta", $"The adjustment is a non-zero whole number between -{MaxDelta} and {MaxDelta}.");
        if (StockInput.CheckReason(request.Reason) is { } invalid)
            return invalid;

        var target = await db.Products
            .Where(p => p.Id == request.ProductId)
            .Select(p => new { HasVariants = p.Variants.Any(), VariantFound = p.Variants.Any(v => v.Id == request.VariantId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
            return Error.NotFound("Product", request.ProductId);
        if (request.VariantId is { } missing && !target.VariantFound)
            return Error.NotFound("Variant", missing);
        if (request.VariantId is null && target.HasVariants)
            return Error.Validation("variantId", "This product has variants: adjust the stock of a variant.");

        // One conditional UPDATE: row locks serialise concurrent adjustments and PostgreSQL re-checks
        // the condition on the latest row, so none is lost and stock never drops below 0.
        var delta = request.Delta;
        int changed, stock;
        if (request.VariantId is { } variantId)
        {
            var variant = db.Variants.Where(v => v.Id == variantId);
            changed = await variant.Where(v => v.Stock + delta >= 0)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock + delta), cancellationToken);
            stock = await variant.Select(v => v.Stock).FirstAsync(cancellationToken);
        }
        else
        {
            var product = db.Products.Where(p => p.Id == request.ProductId);
            changed = await product.Where(p => p.Stock + delta >= 0)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + delta), cancellationToken);
            stock = await product.Select(p => p.Stock).FirstAsync(cancellationToken);
        }

        if (changed == 0)
            return Error.Conflict("insufficient_stock", $"Insufficient stock: {stock} available, cannot remove {-delta}.", "delta");

        db.StockMovements.Add(new StockMovement(request.ProductId, request.VariantId, delta, stock, request.Reason.Trim(), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new StockLevelDto(request.ProductId, request.VariantId, stock, delta);
    }
}
