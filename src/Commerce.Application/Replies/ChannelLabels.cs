namespace Commerce.Application.Replies;

/// <summary>
/// The few words a channel's renderer adds around a reply when it reshapes it for its platform (WhatsApp's list
/// headings and buttons), in the shopper's language.
/// </summary>
public sealed record ChannelLabels
{
    public static readonly ChannelLabels De = new()
    {
        FoundHeading = "Das habe ich gefunden:",
        ProductsButton = "Produkte",
        CatalogHeader = "Unsere Auswahl",
        CatalogBody = "Tippe auf ein Produkt, um es anzusehen oder in den Warenkorb zu legen.",
        ChooseButton = "Auswählen",
    };

    public static readonly ChannelLabels En = new()
    {
        FoundHeading = "Here is what I found:",
        ProductsButton = "Products",
        CatalogHeader = "Our selection",
        CatalogBody = "Tap a product to see it or add it to your cart.",
        ChooseButton = "Choose",
    };

    /// <summary>Above products shown as a list or as numbered text.</summary>
    public required string FoundHeading { get; init; }

    /// <summary>The button that opens a list of products.</summary>
    public required string ProductsButton { get; init; }

    /// <summary>The header of a catalog (multi-product) message.</summary>
    public required string CatalogHeader { get; init; }

    public required string CatalogBody { get; init; }

    /// <summary>The button that opens a list of choices.</summary>
    public required string ChooseButton { get; init; }

    public static ChannelLabels For(string language) => language == "en" ? En : De;
}
