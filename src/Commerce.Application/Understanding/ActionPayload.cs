using System.Buffers.Text;

namespace Commerce.Application.Understanding;

/// <summary>
/// The payload a button carries: short, stable, versioned and parseable, always within Telegram's 64-byte
/// callback_data. Grammar: <c>1:verb[:arg[:arg]]</c>, ids as 22-character base64url GUIDs.
/// </summary>
public sealed record ActionPayload(string Verb, Guid? ProductId = null, Guid? VariantId = null, string? Argument = null)
{
    public const string Version = "1";
    public const int MaxBytes = 64;

    public const string Show = "s";
    public const string Add = "a";
    public const string Remove = "r";
    public const string Cart = "cart";
    public const string Clear = "clear";
    public const string Checkout = "co";
    public const string Categories = "cats";
    public const string Category = "cat";
    public const string Help = "help";

    /// <summary>The shopper just started the chat (LINE's follow event): greet them.</summary>
    public const string Start = "start";

    public const string Human = "human";
    public const string Language = "lang";
    public const string Erase = "erase";

    /// <summary>The shopper's orders: the only open one, or a choice.</summary>
    public const string Orders = "orders";

    /// <summary>The status of the order whose number is the argument.</summary>
    public const string OrderStatus = "os";

    /// <summary>Asks to cancel the order whose number is the argument (the answer asks to confirm).</summary>
    public const string CancelOrder = "cx";

    /// <summary>Confirms cancelling the order whose number is the argument.</summary>
    public const string CancelConfirmed = "cxy";

    /// <summary>Keeps the order whose number is the argument after all.</summary>
    public const string CancelDeclined = "cxn";

    /// <summary>The shopper goes on with the bot instead of waiting for a person.</summary>
    public const string Bot = "bot";

    /// <summary>A question about the shop; the argument is one of <see cref="ShopTopics"/>.</summary>
    public const string ShopInfo = "info";

    private static readonly HashSet<string> ProductVerbs = [Show, Add, Remove];
    private static readonly HashSet<string> PlainVerbs = [Cart, Clear, Checkout, Categories, Help, Start, Human, Bot, Orders];
    private static readonly HashSet<string> ArgumentVerbs = [Category, Language, Erase, OrderStatus, CancelOrder, CancelConfirmed, CancelDeclined, ShopInfo];

    public static string ShowProduct(Guid productId) => $"{Version}:{Show}:{Encode(productId)}";

    public static string AddProduct(Guid productId, Guid? variantId = null) =>
        variantId is { } v ? $"{Version}:{Add}:{Encode(productId)}:{Encode(v)}" : $"{Version}:{Add}:{Encode(productId)}";

    public static string RemoveProduct(Guid productId, Guid? variantId = null) =>
        variantId is { } v ? $"{Version}:{Remove}:{Encode(productId)}:{Encode(v)}" : $"{Version}:{Remove}:{Encode(productId)}";

    public static string Plain(string verb) => $"{Version}:{verb}";

    public static string WithArgument(string verb, string argument) => $"{Version}:{verb}:{argument}";

    /// <summary>Parses a payload of ours exactly; anything else (or malformed) is null.</summary>
    public static ActionPayload? TryParse(string? payload)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxBytes)
            return null;
        var parts = payload.Split(':');
        if (parts.Length < 2 || parts[0] != Version)
            return null;
        var verb = parts[1];
        if (PlainVerbs.Contains(verb))
            return parts.Length == 2 ? new ActionPayload(verb) : null;
        if (ArgumentVerbs.Contains(verb))
            return parts.Length == 3 && parts[2].Length is > 0 and <= 40 ? new ActionPayload(verb, Argument: parts[2]) : null;
        if (!ProductVerbs.Contains(verb) || parts.Length is < 3 or > 4 || Decode(parts[2]) is not { } product)
            return null;
        if (parts.Length == 3)
            return new ActionPayload(verb, product);
        return Decode(parts[3]) is { } variant && verb != Show ? new ActionPayload(verb, product, variant) : null;
    }

    private static string Encode(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    private static Guid? Decode(string text)
    {
        if (text.Length != 22)
            return null;
        Span<byte> bytes = stackalloc byte[16];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == 16 ? new Guid(bytes) : null;
    }
}
