using Microsoft.Extensions.Options;

namespace Commerce.Application.Catalog;

public sealed class CatalogLinkOptions
{
    /// <summary>Shop:PublicBaseUrl — where shoppers' messengers fetch product images from.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>Turns a stored image path (images/snk-red.svg) into the absolute URL messengers need.</summary>
public sealed class ProductImageLinks(IOptions<CatalogLinkOptions> options)
{
    private readonly Uri? _base = Uri.TryCreate(options.Value.PublicBaseUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;

    public ProductDto Complete(ProductDto product) => product with { ImageUrl = UrlOf(product.Image) };

    public PagedList<ProductDto> Complete(PagedList<ProductDto> page) => page with { Items = page.Items.Select(Complete).ToList() };

    private string? UrlOf(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return null;
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        return _base is null ? null : new Uri(_base, path.TrimStart('/')).ToString();
    }
}
