namespace Commerce.Api.Http;

internal static class RequestLimits
{
    /// <summary>Merchant and chat requests are small; anything larger is refused with 413.</summary>
    public const long DefaultBodyBytes = 256 * 1024;

    /// <summary>A catalog import of ~10,000 products.</summary>
    public const long ImportBodyBytes = 16 * 1024 * 1024;
}
