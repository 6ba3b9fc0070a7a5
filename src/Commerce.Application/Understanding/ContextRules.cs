namespace Commerce.Application.Understanding;

/// <summary>Adjusts cue scores with what the message is about: a product, the cart, an order.</summary>
internal static class ContextRules
{
    private static readonly string[] OrderWords = ["bestellung", "order", "bestellungen", "orders", "bestellt", "ordered"];
    private static readonly string[] DeliveryWords = ["paket", "paeckchen", "package", "parcel", "lieferung", "delivery", "sendung", "shipment"];
    private static readonly string[] PriceWords = ["viel", "wieviel", "much", "kostet", "kosten", "total", "summe", "betrag", "insgesamt"];
    private static readonly string[] OutOf = ["aus", "from", "out"];
    private static readonly string[] Pronouns = ["es", "it", "das", "that", "this", "ihn", "him", "them", "sie"];
    private static readonly string[] MailTopics =
        ["newsletter", "mailing", "mailingliste", "verteiler", "list", "liste", "emails", "mails", "email", "werbung", "nachrichten", "messages", "notifications"];
    private static readonly string[] Negations = ["nicht", "kein", "keine", "keinen", "nix", "nichts", "dont", "not", "anymore", "doesnt"];
    // Shop matters the bot does not handle: an invoice, a return, opening hours. "wo", "wann" there do not ask for a parcel.
    private static readonly string[] ServiceTopics =
        ["rechnung", "rechnungen", "invoice", "invoices", "receipt", "quittung", "returns", "return", "retoure", "ruecksendung", "umtausch", "refund",
         "oeffnungszeiten", "geoeffnet", "offen", "open", "opening", "hours"];
    private static readonly string[] CartActions = [Intents.AddToCart, Intents.RemoveFromCart, Intents.ClearCart];

    public static void Apply(Dictionary<string, double> scores, MessageAnalysis message)
    {
        var hasProduct = message.HasProduct;
        var hasCart = message.HasCart;

        // Questions about the shop: shipping, delivery times, returns, payment methods, contact (Data/shop-topics.txt).
        var shop = ShopTopicCues.Read(message);
        scores[Intents.ShopInfo] += shop.Score;
        if (shop.AsksAboutPaying && !hasCart)
        {
            scores[Intents.Checkout] *= 0.4; // "kann ich mit paypal zahlen?" asks, "jetzt mit paypal zahlen" pays
        }
        if (message.OrderNumber is not null)
        {
            scores[Intents.ShopInfo] *= 0.3; // "wann kommt bestellung 10001 an" is about that order
        }
        if (shop.Topic == ShopTopics.Contact && scores[Intents.TalkToHuman] >= 3.0)
        {
            scores[Intents.ShopInfo] = Math.Max(0, scores[Intents.ShopInfo] - 1.5); // "einen kundenservice, den ich erreichen kann": a person
        }

        if (hasProduct)
        {
            scores[Intents.SearchProducts] += message.HasProductNoun ? 1.6 : 0.8;
            Boost(scores, Intents.AddToCart, 0.8);
            Boost(scores, Intents.RemoveFromCart, 0.8);
            scores[Intents.BrowseCatalog] = Math.Max(0, scores[Intents.BrowseCatalog] - 2.0);
        }
        else if (scores[Intents.SearchProducts] > 0 && !hasCart)
        {
            // An unknown word after "habt ihr" is likely goods we have no word for ("habt ihr was von adidas");
            // with nothing at all to look for, "zeig mal was ihr so habt" is browsing.
            scores[Intents.SearchProducts] = message.UnknownWords > 0 ? scores[Intents.SearchProducts] + 1.0 : scores[Intents.SearchProducts] * 0.5;
        }
        if (!hasProduct)
        {
            // "add" or "remove" with nothing to act on is rarely a cart edit ("what did I add so far").
            var factor = hasCart || message.HasQuantity ? 0.8 : 0.5;
            scores[Intents.AddToCart] *= factor;
            scores[Intents.RemoveFromCart] *= factor;
        }

        if (hasCart)
        {
            scores[Intents.ViewCart] += 2.0;
            if (PriceWords.Any(message.Words.Contains))
            {
                scores[Intents.ViewCart] += 2.5; // "wie viel muss ich für meinen warenkorb zahlen" asks for the total
            }
            if (OutOf.Any(message.Words.Contains))
            {
                scores[Intents.RemoveFromCart] += 1.5; // "… aus dem warenkorb", "… from my cart"
            }
            foreach (var intent in CartActions)
            {
                Boost(scores, intent, 1.0);
            }
            if (hasProduct)
            {
                // A product next to the cart is being put in ("2 t-shirts weiß in den warenkorb") unless taken out.
                scores[scores[Intents.RemoveFromCart] > 0 ? Intents.RemoveFromCart : Intents.AddToCart] += 2.0;
                scores[Intents.ViewCart] -= 1.5;
                scores[Intents.SearchProducts] -= 1.0;
            }
            else if (scores[Intents.RemoveFromCart] > 0 && !Pronouns.Any(message.Words.Contains))
            {
                // Deleting with the cart as the only object empties it ("warenkorb komplett löschen").
                scores[Intents.ClearCart] += 2.0;
            }
        }

        var removal = Math.Max(scores[Intents.RemoveFromCart], scores[Intents.ClearCart]);
        if (!hasProduct && !hasCart && removal > 0 && MailTopics.Any(message.Words.Contains))
        {
            // Taking yourself off a list is unsubscribing: "remove me from your mailing list", "lösch mich aus dem newsletter".
            scores[Intents.Unsubscribe] += removal + scores[Intents.Subscribe] + 1.0;
            scores[Intents.RemoveFromCart] = 0;
            scores[Intents.ClearCart] = 0;
        }

        if (Negations.Any(message.Words.Contains))
        {
            scores[Intents.AddToCart] *= 0.4; // "den schal will ich nicht mehr" refuses the item
        }

        if (message.HasProductNoun && message.HasQuantity && scores[Intents.RemoveFromCart] == 0)
        {
            // A count of goods is an order for them ("zwei mal den grauen schal bitte"); searches rarely count.
            scores[Intents.AddToCart] += 2.0;
        }
        var mentionsOrder = message.OrderNumber is not null || OrderWords.Any(message.Words.Contains);
        if (mentionsOrder || DeliveryWords.Any(message.Words.Contains))
        {
            scores[Intents.Subscribe] *= 0.4; // "any news about my delivery?" asks about an order, not for a newsletter
        }
        if (mentionsOrder && !hasProduct && !hasCart)
        {
            // "ist die bestellung schon raus?" is about a placed order, not a cart edit.
            scores[Intents.RemoveFromCart] *= 0.3;
            scores[Intents.AddToCart] *= 0.3;
        }

        if (message.OrderNumber is null && ServiceTopics.Any(message.Words.Contains))
        {
            scores[Intents.OrderStatus] *= 0.4;
            scores[Intents.SearchProducts] *= 0.5;
            scores[Intents.Help] *= 0.5;
        }

        if (message.HasProductNoun)
        {
            // Paying is about the cart, not an item: "i'd like to order two hoodies" adds them.
            scores[Intents.Checkout] = Math.Max(0, scores[Intents.Checkout] - 2.0);
        }
        if (message.OrderNumber is not null)
        {
            scores[Intents.OrderStatus] += 1.5;
            Boost(scores, Intents.CancelOrder, 1.0);
        }
        if (OrderWords.Any(message.Words.Contains))
        {
            Boost(scores, Intents.CancelOrder, 1.0);
        }
    }

    private static void Boost(Dictionary<string, double> scores, string intent, double amount)
    {
        if (scores[intent] > 0)
        {
            scores[intent] += amount;
        }
    }
}
