using Microsoft.Extensions.Options;

namespace Commerce.Application.Catalog;

/// <summary>Turns a stored image path (images/snk-red.svg) into the absolute URL messengers need.</summary>
public sealed class ProductImageLinks(IOptions<ShopOptions> options)
{
    public ProductDto Complete(ProductDto product) => product with { ImageUrl = UrlOf(product.Image) };

    public PagedList<ProductDto> Complete(PagedList<ProductDto> page) => page with { Items = page.Items.Select(Complete).ToList() };

    private string? UrlOf(string? path) => options.Value.AbsoluteUrl(path) is { Length: > 0 } url ? url : null;
}
