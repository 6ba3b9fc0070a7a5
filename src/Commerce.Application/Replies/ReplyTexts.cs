namespace Commerce.Application.Replies;

/// <summary>Everything the bot says, in German and English. Placeholders use string.Format.</summary>
public sealed record ReplyTexts
{
    public static readonly ReplyTexts De = new()
    {
        Greeting = "Hallo! 👋 Willkommen bei uns. Ich helfe dir beim Finden, Bestellen und Verfolgen.",
        Help = "Schreib mir einfach, was du suchst (z. B. „rote Sneaker“), sag „Warenkorb“ für deinen Warenkorb oder „Kategorien“ für unser Sortiment. Du kannst auch jederzeit nach einem Menschen fragen.",
        Categories = "Unser Sortiment — wähle eine Kategorie:",
        Found = "Das habe ich gefunden:",
        NothingFound = "Zu „{0}“ habe ich leider nichts gefunden. Versuch es mit einem anderen Wort oder schau in die Kategorien.",
        AskWhatToSearch = "Wonach suchst du? Schreib z. B. „schwarzer Hoodie“.",
        AskVariant = "Welche {0} möchtest du für {1}?",
        Added = "{0} × {1} liegt im Warenkorb. 🛒",
        OutOfStock = "{0} ist leider gerade ausverkauft.",
        OnlyAvailable = "Von {0} sind nur noch {1} Stück verfügbar.",
        Alternatives = "Vielleicht gefällt dir das:",
        NotAvailable = "Dieses Produkt ist nicht mehr im Angebot.",
        WhichProduct = "Welches Produkt meinst du? Such es kurz, dann kannst du es direkt hinzufügen.",
        CartEmpty = "Dein Warenkorb ist leer.",
        CartHeader = "Dein Warenkorb:",
        CartTotal = "Summe: {0}",
        Removed = "{0} habe ich aus dem Warenkorb entfernt.",
        NotInCart = "„{0}“ ist nicht in deinem Warenkorb.",
        Cleared = "Dein Warenkorb ist jetzt leer.",
        HumanRequested = "Alles klar — ein Mitarbeiter meldet sich hier im Chat bei dir. Bis dahin bin ich still.",
        Thanks = "Sehr gerne! 😊",
        Unknown = "Das habe ich nicht verstanden. Du kannst nach Produkten suchen, deinen Warenkorb ansehen oder mit einem Menschen sprechen.",
        EmptyMessage = "Schreib mir, was du suchst — z. B. „Sneaker“ oder „Kaffee“.",
        TooLong = "Die Nachricht ist sehr lang — ich habe nur den Anfang gelesen.",
        ImageReceived = "Danke für das Bild! Unser Team schaut es sich an und meldet sich.",
        CheckoutSoon = "Der Checkout im Chat kommt in Kürze. Dein Warenkorb bleibt gespeichert.",
        OrdersSoon = "Bestellungen kann ich hier bald verfolgen. Bei Fragen hilft dir gern ein Mitarbeiter.",
        SubscribeSoon = "Danke! Angebote per Nachricht kommen bald — ich merke es mir.",
        Unsubscribed = "Alles klar, du bekommst keine Angebote von uns.",
        LanguageSwitched = "Alles klar, ich schreibe ab jetzt auf Deutsch.",
        ActionShow = "Ansehen",
        ActionAdd = "In den Warenkorb",
        ActionCart = "Warenkorb",
        ActionCheckout = "Zur Kasse",
        ActionCategories = "Kategorien",
        ActionHelp = "Hilfe",
        ActionHuman = "Mitarbeiter",
        ActionRemove = "Entfernen",
        ActionClear = "Leeren",
        InStock = "auf Lager",
        SoldOut = "ausverkauft",
        Sizes = "Größen",
    };

    public static readonly ReplyTexts En = new()
    {
        Greeting = "Hi! 👋 Welcome. I can help you find, order and track products.",
        Help = "Just tell me what you are looking for (e.g. \"red sneakers\"), say \"cart\" to see your cart or \"categories\" to browse. You can ask for a human at any time.",
        Categories = "Our range — pick a category:",
        Found = "Here is what I found:",
        NothingFound = "Sorry, I found nothing for \"{0}\". Try another word or browse the categories.",
        AskWhatToSearch = "What are you looking for? Try e.g. \"black hoodie\".",
        AskVariant = "Which {0} would you like for {1}?",
        Added = "Added {0} × {1} to your cart. 🛒",
        OutOfStock = "Sorry, {0} is sold out right now.",
        OnlyAvailable = "Only {1} of {0} left in stock.",
        Alternatives = "Maybe you like these:",
        NotAvailable = "This product is no longer available.",
        WhichProduct = "Which product do you mean? Search for it and you can add it right away.",
        CartEmpty = "Your cart is empty.",
        CartHeader = "Your cart:",
        CartTotal = "Total: {0}",
        Removed = "Removed {0} from your cart.",
        NotInCart = "\"{0}\" is not in your cart.",
        Cleared = "Your cart is empty now.",
        HumanRequested = "Sure — a member of our team will reply here in this chat. I'll stay quiet until then.",
        Thanks = "You're welcome! 😊",
        Unknown = "Sorry, I didn't get that. You can search for products, view your cart or talk to a human.",
        EmptyMessage = "Tell me what you are looking for — e.g. \"sneakers\" or \"coffee\".",
        TooLong = "That message is very long — I only read the beginning.",
        ImageReceived = "Thanks for the picture! Our team will take a look and get back to you.",
        CheckoutSoon = "Checkout in chat is coming soon. Your cart stays saved.",
        OrdersSoon = "Order tracking in chat is coming soon. A member of our team is happy to help meanwhile.",
        SubscribeSoon = "Thanks! Offers by message are coming soon — I'll remember.",
        Unsubscribed = "Got it, you won't receive offers from us.",
        LanguageSwitched = "Sure, I'll write in English from now on.",
        ActionShow = "View",
        ActionAdd = "Add to cart",
        ActionCart = "Cart",
        ActionCheckout = "Checkout",
        ActionCategories = "Categories",
        ActionHelp = "Help",
        ActionHuman = "Human",
        ActionRemove = "Remove",
        ActionClear = "Clear",
        InStock = "in stock",
        SoldOut = "sold out",
        Sizes = "Sizes",
    };

    public required string Greeting { get; init; }
    public required string Help { get; init; }
    public required string Categories { get; init; }
    public required string Found { get; init; }
    public required string NothingFound { get; init; }
    public required string AskWhatToSearch { get; init; }
    public required string AskVariant { get; init; }
    public required string Added { get; init; }
    public required string OutOfStock { get; init; }
    public required string OnlyAvailable { get; init; }
    public required string Alternatives { get; init; }
    public required string NotAvailable { get; init; }
    public required string WhichProduct { get; init; }
    public required string CartEmpty { get; init; }
    public required string CartHeader { get; init; }
    public required string CartTotal { get; init; }
    public required string Removed { get; init; }
    public required string NotInCart { get; init; }
    public required string Cleared { get; init; }
    public required string HumanRequested { get; init; }
    public required string Thanks { get; init; }
    public required string Unknown { get; init; }
    public required string EmptyMessage { get; init; }
    public required string TooLong { get; init; }
    public required string ImageReceived { get; init; }
    public required string CheckoutSoon { get; init; }
    public required string OrdersSoon { get; init; }
    public required string SubscribeSoon { get; init; }
    public required string Unsubscribed { get; init; }
    public required string LanguageSwitched { get; init; }
    public required string ActionShow { get; init; }
    public required string ActionAdd { get; init; }
    public required string ActionCart { get; init; }
    public required string ActionCheckout { get; init; }
    public required string ActionCategories { get; init; }
    public required string ActionHelp { get; init; }
    public required string ActionHuman { get; init; }
    public required string ActionRemove { get; init; }
    public required string ActionClear { get; init; }
    public required string InStock { get; init; }
    public required string SoldOut { get; init; }
    public required string Sizes { get; init; }

    public static ReplyTexts For(string language) => language == "en" ? En : De;
}
