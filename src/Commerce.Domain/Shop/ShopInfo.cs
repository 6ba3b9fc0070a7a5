using Commerce.Domain.Common;

namespace Commerce.Domain.Shop;

/// <summary>
/// What the shop tells shoppers who ask about it — shipping, delivery times, returns, payment methods, contact —
/// in German and English, as the merchant wrote it. One row per shop.
/// </summary>
public sealed class ShopInfo
{
    public const int SingletonId = 1;
    public const int MaxTextLength = 1000;

    private ShopInfo()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public ShopText Shipping { get; private set; } = ShopText.Empty;

    public ShopText Delivery { get; private set; } = ShopText.Empty;

    public ShopText Returns { get; private set; } = ShopText.Empty;

    public ShopText Payment { get; private set; } = ShopText.Empty;

    public ShopText Contact { get; private set; } = ShopText.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ShopInfo Empty() => new();

    /// <summary>The text of a topic by its name (shipping, delivery, returns, payment, contact); empty for any other.</summary>
    public ShopText this[string topic] => topic switch
    {
        "shipping" => Shipping,
        "delivery" => Delivery,
        "returns" => Returns,
        "payment" => Payment,
        "contact" => Contact,
        _ => ShopText.Empty,
    };

    /// <summary>Replaces every text at once (a topic left out has no text afterwards).</summary>
    public Result Replace(ShopText shipping, ShopText delivery, ShopText returns, ShopText payment, ShopText contact, DateTimeOffset now)
    {
        foreach (var (name, text) in new[] { ("shipping", shipping), ("delivery", delivery), ("returns", returns), ("payment", payment), ("contact", contact) })
        {
            if (text.Check(name) is { } error)
                return error;
        }
        (Shipping, Delivery, Returns, Payment, Contact) = (shipping.Trimmed(), delivery.Trimmed(), returns.Trimmed(), payment.Trimmed(), contact.Trimmed());
        UpdatedAt = now;
        return Result.Success();
    }
}

/// <summary>One topic's text: German, and English where the merchant wrote one. Both null: the shop says nothing on it.</summary>
public sealed record ShopText(string? De, string? En)
{
    public static ShopText Empty { get; } = new(null, null);

    public bool IsEmpty => string.IsNullOrWhiteSpace(De) && string.IsNullOrWhiteSpace(En);

    /// <summary>The text in the shopper's language, German where English is missing; null when there is none.</summary>
    public string? In(string language) =>
        language == "en" && !string.IsNullOrWhiteSpace(En) ? En : string.IsNullOrWhiteSpace(De) ? null : De;

    internal ShopText Trimmed() => new(Clean(De), Clean(En));

    internal Error? Check(string topic)
    {
        if (string.IsNullOrWhiteSpace(De) && !string.IsNullOrWhiteSpace(En))
            return Error.Validation($"{topic}.de", "The German text is required when there is an English one.");
        foreach (var (language, value) in new[] { ("de", De), ("en", En) })
        {
            if (value is null)
                continue;
            if (value.Trim().Length > ShopInfo.MaxTextLength)
                return Error.Validation($"{topic}.{language}", $"The text has at most {ShopInfo.MaxTextLength} characters.");
            if (HasControlCharacter(value))
                return Error.Validation($"{topic}.{language}", "The text contains a control character; only line breaks and tabs are allowed.");
        }
        return null;
    }

    /// <summary>Line breaks and tabs shape a text; any other control character (NUL, escape, bell…) is refused.</summary>
    public static bool HasControlCharacter(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
