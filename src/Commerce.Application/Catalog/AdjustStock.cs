using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Adds or removes stock relative to what is there, safe under concurrency.</summary>
public sealed record AdjustStock(Guid ProductId, Guid? VariantId, int Delta, string Reason) : ICommand<Result<StockLevelDto>>;

public sealed class AdjustStockHandler(ICommerceDbContext db, StockLedger ledger) : IRequestHandler<AdjustStock, Result<StockLevelDto>>
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

        var stock = await ledger.TryChangeAsync(request.ProductId, request.VariantId, request.Delta, request.Reason.Trim(), cancellationToken);
        if (stock is null)
            return Error.Conflict("insufficient_stock", $"Insufficient stock: cannot remove {-request.Delta}.", "delta");

        await db.SaveChangesAsync(cancellationToken);
        return new StockLevelDto(request.ProductId, request.VariantId, stock.Value, request.Delta);
    }
}
