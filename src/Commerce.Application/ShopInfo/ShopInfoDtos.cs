using Commerce.Domain.Shop;

namespace Commerce.Application.ShopInfo;

/// <summary>A topic's text in German and English; null where the merchant wrote none.</summary>
public sealed record ShopTextDto(string? De, string? En)
{
    public static ShopTextDto? From(ShopText text) => text.IsEmpty ? null : new ShopTextDto(text.De, text.En);

    public ShopText ToDomain() => new(De, En);
}

/// <summary>The shop information as the merchant API shows it: one entry per topic, null where there is no text.</summary>
public sealed record ShopInfoDto(
    ShopTextDto? Shipping,
    ShopTextDto? Delivery,
    ShopTextDto? Returns,
    ShopTextDto? Payment,
    ShopTextDto? Contact,
    DateTimeOffset? UpdatedAt)
{
    public static ShopInfoDto Empty { get; } = new(null, null, null, null, null, null);

    public static ShopInfoDto From(Domain.Shop.ShopInfo info) => new(
        ShopTextDto.From(info.Shipping),
        ShopTextDto.From(info.Delivery),
        ShopTextDto.From(info.Returns),
        ShopTextDto.From(info.Payment),
        ShopTextDto.From(info.Contact),
        info.UpdatedAt);
}
