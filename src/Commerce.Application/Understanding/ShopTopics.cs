namespace Commerce.Application.Understanding;

/// <summary>What a <see cref="Intents.ShopInfo"/> question is about; the shop information answers each one.</summary>
public static class ShopTopics
{
    /// <summary>Shipping costs and where the shop ships to.</summary>
    public const string Shipping = "shipping";

    /// <summary>How long delivery takes.</summary>
    public const string Delivery = "delivery";

    /// <summary>Returns and exchanges.</summary>
    public const string Returns = "returns";

    /// <summary>Accepted payment methods.</summary>
    public const string Payment = "payment";

    /// <summary>How to reach the shop (e-mail, phone, opening hours).</summary>
    public const string Contact = "contact";

    public static IReadOnlyList<string> All { get; } = [Shipping, Delivery, Returns, Payment, Contact];
}
