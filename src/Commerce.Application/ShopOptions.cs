namespace Commerce.Application;

public sealed class ShopOptions
{
    /// <summary>Where shoppers reach the shop: product images and payment return links are built under it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string AbsoluteUrl(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return "";
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return path;
        return $"{PublicBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";
    }
}
