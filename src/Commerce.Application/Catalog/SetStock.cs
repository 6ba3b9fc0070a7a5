using Commerce.Application.Abstractions;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Catalog;

/// <summary>Sets the counted stock (e.g. after a stocktake); the difference is recorded as a movement.</summary>
public sealed record SetStock(Guid ProductId, Guid? VariantId, int Quantity, string Reason) : ICommand<Result<StockLevelDto>>;

public sealed class SetStockHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<SetStock, Result<StockLevelDto>>
{
    public async Task<Result<StockLevelDto>> Handle(SetStock request, CancellationToken cancellationToken)
    {
        if (StockInput.CheckReason(request.Reason) is { } invalid)
            return invalid;
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == request.ProductId, cancellationToken);
        if (product is null)
            return Error.NotFound("Product", request.ProductId);

        var before = request.VariantId is { } id ? product.FindVariant(id)?.Stock ?? 0 : product.Stock;
        var set = product.SetStock(request.VariantId, request.Quantity);
        if (!set.IsSuccess)
            return set.Error!;

        var delta = set.Value - before;
        if (delta != 0)
            db.StockMovements.Add(new StockMovement(product.Id, request.VariantId, delta, set.Value, request.Reason.Trim(), clock.GetUtcNow()));
        // A concurrent adjustment changes xmin, so this write then fails with 409 instead of overwriting it.
        await db.SaveChangesAsync(cancellationToken);
        return new StockLevelDto(product.Id, request.VariantId, set.Value, delta);
    }
}

internal static class StockInput
{
    public static Error? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Error.Validation("reason", "Say why the stock changes (e.g. stocktake, delivery, damaged).")
        : reason.Trim().Length > StockReason.MaxLength ? Error.Validation("reason", $"A reason has at most {StockReason.MaxLength} characters.")
        : null;
}
