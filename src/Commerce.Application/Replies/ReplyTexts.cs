namespace Commerce.Application.Replies;

/// <summary>Everything the bot says, in German and English. Placeholders use string.Format.</summary>
public sealed record ReplyTexts
{
    public static readonly ReplyTexts De = new()
    {
        Greeting = "Hallo! 👋 Willkommen bei uns. Ich helfe dir beim Finden, Bestellen und Verfolgen.",
        Help = "Schreib mir einfach, was du suchst (ein Artikel, gern mit Farbe oder Größe), sag „Warenkorb“ für deinen Warenkorb oder „Kategorien“ für unser Sortiment. Frag mich auch nach Versand, Lieferzeit, Rückgabe oder deiner Bestellung — oder jederzeit nach einem Menschen.",
        Categories = "Unser Sortiment — wähle eine Kategorie:",
        Found = "Das habe ich gefunden:",
        AskWhatToSearch = "Wonach suchst du? Schreib den Artikel, gern mit Farbe oder Größe.",
        AskVariant = "Welche {0} möchtest du für {1}?",
        OutOfStock = "{0} ist leider gerade ausverkauft.",
        OnlyAvailable = "Von {0} sind nur noch {1} Stück verfügbar.",
        Alternatives = "Vielleicht gefällt dir das:",
        NotAvailable = "Dieses Produkt ist nicht mehr im Angebot.",
        WhichProduct = "Welches Produkt meinst du? Such es kurz, dann kannst du es direkt hinzufügen.",
        CartEmpty = "Dein Warenkorb ist leer.",
        CartHeader = "Dein Warenkorb:",
        CartTotal = "Summe: {0}",
        CartNext = "Wie geht's weiter?",
        Removed = "{0} habe ich aus dem Warenkorb entfernt.",
        Cleared = "Dein Warenkorb ist jetzt leer.",
        HumanRequested = "Alles klar — ein Mitarbeiter meldet sich hier im Chat bei dir. Bis dahin bin ich still.",
        Thanks = "Sehr gerne! 😊",
        Unknown = "Das habe ich nicht verstanden. Du kannst nach Produkten suchen, deinen Warenkorb ansehen oder mit einem Menschen sprechen.",
        EmptyMessage = "Schreib mir, was du suchst — oder „Kategorien“ für unser Sortiment.",
        StickerReceived = "Danke, schöner Sticker! 😊 Schreib mir, was du suchst — oder „Kategorien“ für unser Sortiment.",
        Subscribed = "Danke! Du bekommst unsere Angebote ab jetzt hier im Chat. Schreib „keine Angebote mehr“, um sie abzubestellen.",
        Unsubscribed = "Alles klar, du bekommst keine Angebote von uns.",
        OffersStopHint = "Keine Angebote mehr? Schreib einfach „stop“ oder „abmelden“.",
        LinkCodeIssued = "Dein Code: {0}\nSchick ihn innerhalb von {1} Minuten im anderen Chat (z. B. WhatsApp oder Telegram), dann siehst du dort denselben Warenkorb und deine Bestellungen. Gib den Code niemandem weiter.",
        LinkCodeLinked = "Verbunden! ✅ Warenkorb und Bestellungen aus deinem anderen Chat sind jetzt auch hier.",
        LinkCodeUnknown = "Diesen Code kenne ich nicht. Prüf ihn bitte oder hol dir im anderen Chat mit „auf anderem Kanal weiter“ einen neuen.",
        LinkCodeExpired = "Dieser Code ist abgelaufen — er gilt nur {0} Minuten. Hol dir im anderen Chat mit „auf anderem Kanal weiter“ einen neuen.",
        LinkCodeUsed = "Dieser Code wurde schon verwendet. Hol dir im anderen Chat mit „auf anderem Kanal weiter“ einen neuen.",
        LinkCodeSameChat = "Dieser Chat ist damit schon verbunden — hier ändert sich nichts.",
        EraseConfirm = "Soll ich wirklich alle deine Daten löschen? Nachrichten, Fotos, Warenkorb und deine Kennung in diesem Chat (und in damit verbundenen Chats) werden entfernt. Bestellungen behalten wir ohne Bezug zu dir nur so weit, wie die Buchhaltung es verlangt.",
        EraseYes = "Ja, löschen",
        EraseNo = "Nein",
        EraseCancelled = "Alles klar, ich lösche nichts.",
        Erased = "Erledigt: deine Daten sind gelöscht. Wenn du wieder schreibst, beginnt ein neues Gespräch.",
        ActionShow = "Ansehen",
        ActionAdd = "In den Warenkorb",
        ActionCart = "Warenkorb",
        ActionCheckout = "Zur Kasse",
        ActionCategories = "Kategorien",
        ActionHuman = "Mitarbeiter",
        ActionClear = "Leeren",
        InStock = "auf Lager",
        SoldOut = "ausverkauft",
        CheckoutReady = "Deine Bestellung {0} über {1} ist reserviert. Bezahle bequem über diesen Link (gültig bis {2} Uhr):",
        PayButton = "Jetzt bezahlen",
        CheckoutPreparing = "Deine Bestellung {0} über {1} ist reserviert. Einen Moment — ich bereite deinen Zahlungslink vor …",
        PaymentSessionFailed = "Die Zahlungsseite für Bestellung {0} ließ sich leider nicht öffnen. Die Artikel liegen wieder in deinem Warenkorb — versuch es gleich noch einmal.",
        CheckoutEmpty = "Dein Warenkorb ist leer — such dir erst etwas aus.",
        PartlyUnavailable = "Gerade nicht verfügbar: {0}.",
        StockVanished = "{0} ist inzwischen leider nicht mehr in dieser Menge verfügbar. Ich habe deinen Warenkorb angepasst — schau ihn dir noch einmal an.",
        PaymentUnavailable = "Die Bezahlung ist gerade nicht erreichbar. Dein Warenkorb bleibt gespeichert — versuch es gleich noch einmal.",
        OrderPaid = "Danke! Bestellung {0} ist bezahlt. 🎉",
        OrderExpired = "Der Zahlungslink für Bestellung {0} ist abgelaufen. Die Artikel liegen wieder in deinem Warenkorb.",
        OrderPaymentFailed = "Die Zahlung für Bestellung {0} ist leider fehlgeschlagen. Die Artikel liegen wieder in deinem Warenkorb.",
        OrderFulfilled = "Bestellung {0} ist unterwegs mit {1}. Sendungsnummer: {2}",
        OrderDelivered = "Bestellung {0} wurde zugestellt. Viel Freude damit!",
        OrderCancelled = "Bestellung {0} ist storniert.",
        OrderCancelledRefund = "Bestellung {0} ist storniert. Das Geld geht auf dein Zahlungsmittel zurück.",
        OrderRefunded = "Für Bestellung {0} wurde das Geld erstattet.",
        OrderLatePaymentRefunded = "Deine Zahlung für Bestellung {0} kam erst, als die Bestellung schon beendet war. Wir haben dir das Geld vollständig zurückerstattet.",
        OrderNotFound = "Eine Bestellung {0} finde ich in diesem Chat nicht.",
        NoOrders = "Du hast in diesem Chat noch nichts bestellt.",
        CannotCancel = "Bestellung {0} ist schon {1} und kann nicht mehr storniert werden. Ein Mitarbeiter hilft dir gern.",
        Track = "Sendung verfolgen",
        StatusPendingPayment = "wartet auf Zahlung",
        StatusPaid = "bezahlt",
        StatusFulfilled = "versendet",
        StatusDelivered = "zugestellt",
        StatusExpired = "abgelaufen",
        StatusPaymentFailed = "Zahlung fehlgeschlagen",
        StatusCancelled = "storniert",
        StatusRefunded = "erstattet",
    };

    public static readonly ReplyTexts En = new()
    {
        Greeting = "Hi! 👋 Welcome. I can help you find, order and track products.",
        Help = "Just tell me what you are looking for (an item, with a colour or size if you like), say \"cart\" to see your cart or \"categories\" to browse. Ask me about shipping, delivery times, returns or your order too — or for a human at any time.",
        Categories = "Our range — pick a category:",
        Found = "Here is what I found:",
        AskWhatToSearch = "What are you looking for? Name the item, with a colour or size if you like.",
        AskVariant = "Which {0} would you like for {1}?",
        OutOfStock = "Sorry, {0} is sold out right now.",
        OnlyAvailable = "Only {1} of {0} left in stock.",
        Alternatives = "Maybe you like these:",
        NotAvailable = "This product is no longer available.",
        WhichProduct = "Which product do you mean? Search for it and you can add it right away.",
        CartEmpty = "Your cart is empty.",
        CartHeader = "Your cart:",
        CartTotal = "Total: {0}",
        CartNext = "What next?",
        Removed = "Removed {0} from your cart.",
        Cleared = "Your cart is empty now.",
        HumanRequested = "Sure — a member of our team will reply here in this chat. I'll stay quiet until then.",
        Thanks = "You're welcome! 😊",
        Unknown = "Sorry, I didn't get that. You can search for products, view your cart or talk to a human.",
        EmptyMessage = "Tell me what you are looking for — or say \"categories\" to browse.",
        StickerReceived = "Thanks, nice sticker! 😊 Tell me what you are looking for — or say \"categories\" to browse.",
        Subscribed = "Thanks! You'll get our offers here in this chat. Write \"stop offers\" to unsubscribe.",
        Unsubscribed = "Got it, you won't receive offers from us.",
        OffersStopHint = "No more offers? Just reply \"stop\".",
        LinkCodeIssued = "Your code: {0}\nSend it within {1} minutes in your other chat (e.g. WhatsApp or Telegram) and you'll see the same cart and your orders there. Don't share the code with anyone.",
        LinkCodeLinked = "Linked! ✅ The cart and orders from your other chat are now here too.",
        LinkCodeUnknown = "I don't know that code. Please check it, or get a new one in your other chat by saying \"continue on another channel\".",
        LinkCodeExpired = "That code has expired — it is only valid for {0} minutes. Get a new one in your other chat by saying \"continue on another channel\".",
        LinkCodeUsed = "That code has already been used. Get a new one in your other chat by saying \"continue on another channel\".",
        LinkCodeSameChat = "This chat is already linked to that one — nothing changes.",
        EraseConfirm = "Do you really want me to delete all your data? Messages, photos, your cart and your id in this chat (and in chats linked to it) will be removed. Orders are kept, no longer connected to you, only as far as bookkeeping requires.",
        EraseYes = "Yes, delete",
        EraseNo = "No",
        EraseCancelled = "Okay, I won't delete anything.",
        Erased = "Done: your data has been deleted. If you write again, a new conversation starts.",
        ActionShow = "View",
        ActionAdd = "Add to cart",
        ActionCart = "Cart",
        ActionCheckout = "Checkout",
        ActionCategories = "Categories",
        ActionHuman = "Human",
        ActionClear = "Clear",
        InStock = "in stock",
        SoldOut = "sold out",
        CheckoutReady = "Your order {0} for {1} is reserved. Pay securely with this link (valid until {2}):",
        PayButton = "Pay now",
        CheckoutPreparing = "Your order {0} for {1} is reserved. One moment — I am preparing your payment link …",
        PaymentSessionFailed = "Sorry, the payment page for order {0} could not be opened. The items are back in your cart — please try again in a moment.",
        CheckoutEmpty = "Your cart is empty — pick something first.",
        PartlyUnavailable = "Not available right now: {0}.",
        StockVanished = "Sorry, {0} is no longer available in that quantity. I adjusted your cart — please have another look.",
        PaymentUnavailable = "Payment is unavailable right now. Your cart is saved — please try again in a moment.",
        OrderPaid = "Thank you! Order {0} is paid. 🎉",
        OrderExpired = "The payment link for order {0} has expired. The items are back in your cart.",
        OrderPaymentFailed = "Sorry, the payment for order {0} failed. The items are back in your cart.",
        OrderFulfilled = "Order {0} is on its way with {1}. Tracking number: {2}",
        OrderDelivered = "Order {0} has been delivered. Enjoy!",
        OrderCancelled = "Order {0} is cancelled.",
        OrderCancelledRefund = "Order {0} is cancelled. The money goes back to your payment method.",
        OrderRefunded = "Order {0} has been refunded.",
        OrderLatePaymentRefunded = "Your payment for order {0} arrived after the order had already ended. We have refunded it in full.",
        OrderNotFound = "I can't find an order {0} in this chat.",
        NoOrders = "You haven't ordered anything in this chat yet.",
        CannotCancel = "Order {0} is already {1} and can no longer be cancelled. A member of our team is happy to help.",
        Track = "Track parcel",
        StatusPendingPayment = "awaiting payment",
        StatusPaid = "paid",
        StatusFulfilled = "shipped",
        StatusDelivered = "delivered",
        StatusExpired = "expired",
        StatusPaymentFailed = "payment failed",
        StatusCancelled = "cancelled",
        StatusRefunded = "refunded",
    };

    public required string Greeting { get; init; }
    public required string Help { get; init; }
    public required string Categories { get; init; }
    public required string Found { get; init; }
    public required string AskWhatToSearch { get; init; }
    public required string AskVariant { get; init; }
    public required string OutOfStock { get; init; }
    public required string OnlyAvailable { get; init; }
    public required string Alternatives { get; init; }
    public required string NotAvailable { get; init; }
    public required string WhichProduct { get; init; }
    public required string CartEmpty { get; init; }
    public required string CartHeader { get; init; }
    public required string CartTotal { get; init; }
    public required string CartNext { get; init; }
    public required string Removed { get; init; }
    public required string Cleared { get; init; }
    public required string HumanRequested { get; init; }
    public required string Thanks { get; init; }
    public required string Unknown { get; init; }
    public required string EmptyMessage { get; init; }
    public required string StickerReceived { get; init; }
    public required string Subscribed { get; init; }
    public required string Unsubscribed { get; init; }
    public required string OffersStopHint { get; init; }
    public required string LinkCodeIssued { get; init; }
    public required string LinkCodeLinked { get; init; }
    public required string LinkCodeUnknown { get; init; }
    public required string LinkCodeExpired { get; init; }
    public required string LinkCodeUsed { get; init; }
    public required string LinkCodeSameChat { get; init; }
    public required string EraseConfirm { get; init; }
    public required string EraseYes { get; init; }
    public required string EraseNo { get; init; }
    public required string EraseCancelled { get; init; }
    public required string Erased { get; init; }
    public required string ActionShow { get; init; }
    public required string ActionAdd { get; init; }
    public required string ActionCart { get; init; }
    public required string ActionCheckout { get; init; }
    public required string ActionCategories { get; init; }
    public required string ActionHuman { get; init; }
    public required string ActionClear { get; init; }
    public required string InStock { get; init; }
    public required string SoldOut { get; init; }
    public required string CheckoutReady { get; init; }
    public required string PayButton { get; init; }
    public required string CheckoutPreparing { get; init; }
    public required string PaymentSessionFailed { get; init; }
    public required string PartlyUnavailable { get; init; }
    public required string CheckoutEmpty { get; init; }
    public required string StockVanished { get; init; }
    public required string PaymentUnavailable { get; init; }
    public required string OrderPaid { get; init; }
    public required string OrderExpired { get; init; }
    public required string OrderPaymentFailed { get; init; }
    public required string OrderFulfilled { get; init; }
    public required string OrderDelivered { get; init; }
    public required string OrderCancelled { get; init; }
    public required string OrderCancelledRefund { get; init; }
    public required string OrderRefunded { get; init; }
    public required string OrderLatePaymentRefunded { get; init; }
    public required string OrderNotFound { get; init; }
    public required string NoOrders { get; init; }
    public required string CannotCancel { get; init; }
    public required string Track { get; init; }
    public required string StatusPendingPayment { get; init; }
    public required string StatusPaid { get; init; }
    public required string StatusFulfilled { get; init; }
    public required string StatusDelivered { get; init; }
    public required string StatusExpired { get; init; }
    public required string StatusPaymentFailed { get; init; }
    public required string StatusCancelled { get; init; }
    public required string StatusRefunded { get; init; }

    public static ReplyTexts For(string language) => language == "en" ? En : De;

    public string Status(Domain.Orders.OrderStatus status) => status switch
    {
        Domain.Orders.OrderStatus.PendingPayment => StatusPendingPayment,
        Domain.Orders.OrderStatus.Paid => StatusPaid,
        Domain.Orders.OrderStatus.Fulfilled => StatusFulfilled,
        Domain.Orders.OrderStatus.Delivered => StatusDelivered,
        Domain.Orders.OrderStatus.Expired => StatusExpired,
        Domain.Orders.OrderStatus.PaymentFailed => StatusPaymentFailed,
        Domain.Orders.OrderStatus.Cancelled => StatusCancelled,
        _ => StatusRefunded,
    };
}

/// <summary>What the shopper hears when goods of a delivered order came back. Placeholders use string.Format.</summary>
public sealed record ReturnReplyTexts
{
    public static readonly ReturnReplyTexts De = new()
    {
        Returned = "Deine Rücksendung zu Bestellung {0} ist bei uns angekommen: {1}. {2} erstatten wir dir auf dein Zahlungsmittel – je nach Bank dauert das ein paar Tage.",
        ReturnedInFull = "Deine Rücksendung zu Bestellung {0} ist vollständig bei uns angekommen: {1}. {2} erstatten wir dir auf dein Zahlungsmittel – je nach Bank dauert das ein paar Tage.",
        StatusPartlyReturned = "teilweise zurückgeschickt",
        StatusReturned = "zurückgeschickt",
    };

    public static readonly ReturnReplyTexts En = new()
    {
        Returned = "Your return for order {0} has arrived: {1}. We are refunding {2} to your payment method – depending on your bank this takes a few days.",
        ReturnedInFull = "Your return for order {0} has arrived in full: {1}. We are refunding {2} to your payment method – depending on your bank this takes a few days.",
        StatusPartlyReturned = "partly returned",
        StatusReturned = "returned",
    };

    /// <summary>{0} order number, {1} what came back ("1 × Socken 3er-Pack"), {2} the amount refunded.</summary>
    public required string Returned { get; init; }

    public required string ReturnedInFull { get; init; }

    public required string StatusPartlyReturned { get; init; }

    public required string StatusReturned { get; init; }

    public static ReturnReplyTexts For(string language) => language == "en" ? En : De;
}
