using Commerce.Application.Abstractions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.ShopInfo;

/// <summary>The shop information; every topic empty while the merchant has written none.</summary>
public sealed record GetShopInfo : IQuery<ShopInfoDto>;

public sealed class GetShopInfoHandler(ICommerceDbContext db) : IRequestHandler<GetShopInfo, ShopInfoDto>
{
    public async Task<ShopInfoDto> Handle(GetShopInfo request, CancellationToken cancellationToken)
    {
        var info = await db.ShopInfo.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Domain.Shop.ShopInfo.SingletonId, cancellationToken);
        return info is null ? ShopInfoDto.Empty : ShopInfoDto.From(info);
    }
}
