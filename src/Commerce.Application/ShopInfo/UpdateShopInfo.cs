using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.ShopInfo;

/// <summary>
/// Replaces the shop information as a whole (a topic left out has no text afterwards), so sending the same body
/// twice leaves the same state.
/// </summary>
public sealed record UpdateShopInfo(ShopTextDto? Shipping, ShopTextDto? Delivery, ShopTextDto? Returns, ShopTextDto? Payment, ShopTextDto? Contact)
    : ICommand<Result<ShopInfoDto>>;

public sealed class UpdateShopInfoHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<UpdateShopInfo, Result<ShopInfoDto>>
{
    public async Task<Result<ShopInfoDto>> Handle(UpdateShopInfo request, CancellationToken cancellationToken)
    {
        var info = await db.ShopInfo.FirstOrDefaultAsync(i => i.Id == Domain.Shop.ShopInfo.SingletonId, cancellationToken);
        var isNew = info is null;
        info ??= Domain.Shop.ShopInfo.Empty();
        var replaced = info.Replace(Text(request.Shipping), Text(request.Delivery), Text(request.Returns), Text(request.Payment), Text(request.Contact), clock.GetUtcNow());
        if (!replaced.IsSuccess)
            return replaced.Error!;
        if (isNew)
            db.ShopInfo.Add(info);
        await db.SaveChangesAsync(cancellationToken);
        return ShopInfoDto.From(info);
    }

    private static Domain.Shop.ShopText Text(ShopTextDto? dto) => dto?.ToDomain() ?? Domain.Shop.ShopText.Empty;
}
