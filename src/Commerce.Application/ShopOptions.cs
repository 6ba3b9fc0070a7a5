namespace Commerce.Application;

public sealed class ShopOptions
{
    /// <summary>Where shoppers reach the shop: product images and payment return links are built under it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>IANA time zone used when telling shoppers a time (e.g. until when a payment link is valid).</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Business days a parcel usually takes once shipped, at least and at most; tells shoppers when it should arrive.</summary>
    public int DeliveryDaysMin { get; set; } = 1;

    public int DeliveryDaysMax { get; set; } = 3;

    /// <summary>
    /// Per channel (Messenger, Instagram, WhatsApp, Telegram, Line), a link that opens the shop's chat there (m.me, wa.me,
    /// t.me …); the payment pages link back to it. The web chat needs none: it is under <see cref="PublicBaseUrl"/>.
    /// </summary>
    public Dictionary<string, string> ChatLinks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset LocalTime(DateTimeOffset at)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        }
        catch (TimeZoneNotFoundException)
        {
            return at;
        }
    }

    public string AbsoluteUrl(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return "";
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return path;
        return $"{PublicBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";
    }
}
