namespace Commerce.Application.Understanding;

/// <summary>Intent names shared by the parser endpoint, the dialogue flows and the dev set.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string BrowseCatalog = "browse_catalog";
    public const string SearchProducts = "search_products";
    public const string AddToCart = "add_to_cart";
    public const string ViewCart = "view_cart";
    public const string RemoveFromCart = "remove_from_cart";
    public const string ClearCart = "clear_cart";
    public const string Checkout = "checkout";
    public const string OrderStatus = "order_status";
    public const string CancelOrder = "cancel_order";
    public const string TalkToHuman = "talk_to_human";
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Thanks = "thanks";
    public const string EraseData = "erase_data";
    public const string LinkChannel = "link_channel";
    public const string ShopInfo = "shop_info";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } =
    [
        Greeting, Help, BrowseCatalog, SearchProducts, AddToCart, ViewCart, RemoveFromCart, ClearCart,
        Checkout, OrderStatus, CancelOrder, TalkToHuman, Subscribe, Unsubscribe, Thanks, EraseData, LinkChannel, ShopInfo, Unknown,
    ];
}
