namespace Commerce.Application.Understanding;

/// <summary>A cue fires when all its terms occur anywhere in the message (order-free, so word order does not matter).</summary>
/// <remarks>A term ending in '*' matches a word prefix, one starting with '*' a suffix (German compounds).</remarks>
internal sealed record Cue(string Intent, double Weight, string[] Terms);

/// <summary>The hand-written evidence table: words and word sets that point to an intent, with a weight.</summary>
internal static class IntentCues
{
    public static IReadOnlyList<Cue> All { get; } = Build();

    private static List<Cue> Build()
    {
        var cues = new List<Cue>();
        void Add(string intent, double weight, string phrases)
        {
            foreach (var phrase in phrases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                cues.Add(new Cue(intent, weight, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        Add(Intents.Greeting, 2.5, "hallo, halloechen, hallochen, hi, hey, heya, hello, moin, servus, huhu, hallihallo, tach, gruezi, gruessi, howdy, yo, " +
            "guten morgen, guten tag, guten abend, good morning, good evening, good afternoon, gruess dich, gruess gott, hiya, ahoi, salut, " +
            "moinsen, moinmoin, gude, tachchen, tachen, tagchen, hallihallo, heyho, hoi, greetings, halloele, hallole, halloechen, hallo zusammen, hey hey");
        Add(Intents.Greeting, 2.5, "na du, na ihr");
        Add(Intents.Greeting, 1.0, "wie gehts, how are you, alles gut, na, whats up, was geht");
        Add(Intents.Thanks, 2.5, "danke, dank, dankeschoen, thx, thanks, thank, thanx, merci, ty, cheers, appreciate, danki, tnx, dankee");
        // Thanking for the help is not asking for it: "danke für die hilfe", "thanks for your help".
        Add(Intents.Thanks, 5.0, "danke hilfe, dank hilfe, thanks help, thank help, thx help");

        Add(Intents.Help, 3.0, "hilfe, help, erklaeren, erklaer, explain, anleitung, was kannst du, what can do, " +
            "how does work, wie funktioniert, wie bestelle, wie bestellen, how do i order");
        Add(Intents.Help, 2.0, "helfen, hilf, was mach hier, was kann hier, funktioniert, works, was kann ich, befehle, commands, wie geht das, dont understand, verstehe nicht, optionen, options, menu, menue, tutorial, " +
            "bot kann, bot can, bot do, use bot, use chat, benutze, benutzen, bedienen, nutze bot, nutzen bot, how use, komm nicht klar");
        Add(Intents.Help, 1.0, "how do i, wie kann ich, how to");
        // Not knowing what to ask is asking for help: "keine ahnung was ich fragen soll", "what can i ask you".
        Add(Intents.Help, 2.5, "what ask, was fragen, idea ask, ahnung fragen, which questions, welche fragen");

        Add(Intents.BrowseCatalog, 3.0, "sortiment, katalog, catalog, catalogue, kategorien, kategorie, categories, category, " +
            "umschauen, umsehen, stoebern, browse, browsing, kollektion, collection");
        Add(Intents.BrowseCatalog, 2.5, "verkauft, verkaufen, sell, selling, angebot, bietet, bieten, anbieten, offer, produkte, products, ueberblick, uebersicht, overview, " +
            "produkt*, auswahl, selection, everything sell, alles verkauft");
        Add(Intents.BrowseCatalog, 1.5, "stuff, sachen, artikel, items, range, was habt ihr, what do you have, what kind, was gibt es, was gibts, " +
            "what have you got, what you got, shop, laden, store");
        // Asking what there is to buy at all is browsing: "was kann man bei euch kaufen", "what can i buy here".
        Add(Intents.BrowseCatalog, 3.0, "kann man kaufen, was kaufen, what buy, what can buy, was bestellen, what order");
        Add(Intents.BrowseCatalog, 2.0, "schauen was gibt, see what got, see what have");

        Add(Intents.SearchProducts, 2.0, "suche, suchen, search, looking, searching, such");
        Add(Intents.SearchProducts, 1.5, "find, finden, finde, look for");
        Add(Intents.SearchProducts, 1.0, "braeuchte, benoetige, habt ihr, hab ihr, haben sie, gibt es, gibts, do you have, have you got, brauche, brauch, need, " +
            "lager, stock, verfuegbar, available, vorraetig, vorhanden, carry, erhaeltlich, lieferbar");
        Add(Intents.SearchProducts, 0.8, "zeig, zeige, zeigen, show, kostet, kosten, cost, costs, price, preis, how much, much");
        Add(Intents.SearchProducts, 0.5, "any, got, welche, which, groesse, size, was fuer");
        // Asking politely whether something is there: "i was wondering if u have …", "ich wollte fragen ob ihr … habt".
        Add(Intents.SearchProducts, 1.0, "wondering if, wondering whether, fragen ob, gewusst ob, wissen ob");

        Add(Intents.AddToCart, 2.5, "add, adden, hinzufuegen, hinzu, buy, kaufen, kaufe");
        Add(Intents.AddToCart, 2.0, "fuege, fueg, pack, packe, packen, put, nehme, nehm, will haben, haette gern, haette gerne, " +
            "haett gern, moechte haben, will ich, ill take, i take, take, ill have, ill get, gimme, reinlegen, reinpacken, reintun");
        Add(Intents.AddToCart, 1.5, "leg, lege, legen, tu, tue, dazu, rein, nehmen, kauf, nimm, want, moechte, another, noch eins, one more, throw, " +
            "like order, want order, moechte bestellen, will bestellen");
        Add(Intents.AddToCart, 0.5, "gern, gerne, tun, order, bestellen, ordern");

        Add(Intents.RemoveFromCart, 3.0, "hau raus, schmeiss raus, wirf raus, kick, remove, entferne, entfernen, entfern, rausnehmen, take out, rausmachen");
        Add(Intents.RemoveFromCart, 2.5, "raus, loeschen, loesch, loesche, delete, streichen, streich, weg, get rid, drop");
        Add(Intents.RemoveFromCart, 2.0, "no longer, will nicht, moechte nicht, brauche nicht, brauch nicht, dont need, dont want, do not want, nicht mehr, doch nicht, anymore, not anymore, keinen mehr, keine mehr");

        Add(Intents.ClearCart, 3.5, "zuruecksetzen, resetten, neu starten, leeren, leere, empty, clear, reset, wipe, ausraeumen, alles loeschen, alles loesch, alles entfernen, alles raus, " +
            "nuke, remove everything, delete everything, remove all, start over, neu anfangen, fang neu, von vorne");
        Add(Intents.ClearCart, 2.5, "leer, ausleeren");
        Add(Intents.ClearCart, 3.5, "alle loeschen, alle entfernen, alle rausnehmen, all items remove, all items delete, every item remove");
        Add(Intents.ClearCart, 1.0, "alles, everything, komplett");
        Add(Intents.ClearCart, 1.5, "ganzen, ganze, gesamten, gesamte, whole, entire");

        Add(Intents.ViewCart, 2.5, "so far, bisher, what did i add, drin, inhalt");
        // Looking before paying is looking: "bevor ich zahle, zeig mir den korb", "before i pay show me the basket".
        Add(Intents.ViewCart, 4.0, "before pay, before paying, before checkout, bevor zahle, bevor bezahle, bevor zahlen, bevor bezahlen, bevor kasse");
        Add(Intents.ViewCart, 1.5, "owe, schulde, schulden, ausgewaehlt, ausgesucht, total, zusammen, insgesamt, summe, was habe ich, was hab ich");

        Add(Intents.Checkout, 3.5, "checkout, kasse, auschecken, bezahlen, zahlen, pay, bezahl*, check out, place order, jetzt bestellen, bestellung aufgeben");
        Add(Intents.Checkout, 2.5, "payment, zahlung, bezahlung, abschliessen, abschluss, zahle, paypal, kreditkarte, credit card, " +
            "bestellen, complete order, purchase, ready order");
        Add(Intents.Checkout, 3.0, "paying, checking out, zahlung machen");
        Add(Intents.Checkout, 2.5, "finish order, finish purchase, finalize, finalise, place my order, abschicken");
        Add(Intents.Checkout, 2.5, "fertig einkaufen, fertig eingekauft, done shopping, finish up, finished shopping");
        Add(Intents.Checkout, 1.0, "fertig, done, finish, finished, link");
        Add(Intents.Checkout, 3.5, "ring up, abrechnen, bill me");
        Add(Intents.Checkout, 2.0, "thats everything, thats all, das wars, das ist alles");

        Add(Intents.OrderStatus, 3.0, "track, tracking, sendungsverfolgung, sendungsnummer, trackingnummer, tracking number, paketnummer, bestellung los, order going on, *verfolgung, *status, verfolgen, wo bleibt, still nothing, " +
            "noch nicht da, immer noch nicht, never came, never arrived, not arrived, not received, nie angekommen, nicht angekommen, nicht erhalten, schon raus, schon weg, lieferstatus, versandstatus");
        Add(Intents.OrderStatus, 2.5, "news order, neuigkeiten bestellung, update order, updates order, infos bestellung, info bestellung");
        Add(Intents.OrderStatus, 1.5, "status, paket, paeckchen, package, parcel, lieferung, sendung, delivery, shipment, bestellt, ordered, " +
            "verschickt, versendet, versandt, geliefert, unterwegs, shipped, arrive, arrived, ankommen, angekommen, dauert");
        Add(Intents.OrderStatus, 1.0, "bestellung, order, wo, where, wheres, wann, when, where my, wheres my, wo mein, wo meine, zeug, ship, update, kommt, bleibt, ewig, lange");

        Add(Intents.CancelOrder, 3.5, "storniere, stornieren, stornier, storniert, storn*, cancel, canceln, cancellen, zurueckziehen, widerrufen, rueckgaengig");
        Add(Intents.CancelOrder, 2.5, "bestellung zurueck, zuruecknehmen, order back, call off");
        Add(Intents.CancelOrder, 2.0, "abbrechen, changed my mind, doch nicht bestellen");
        Add(Intents.CancelOrder, 3.0, "zuruecktreten, kauf zurueck"); // "vom kauf zurücktreten" withdraws from a purchase

        Add(Intents.TalkToHuman, 3.5, "*berater, *beraterin, *betreuer, ansprechpartner, ansprechperson, kundenservice, kundendienst, customer service, hotline, live chat");
        Add(Intents.TalkToHuman, 3.0, "mitarbeiter, mitarbeiterin, mensch, menschen, human, agent, berater, operator, beraterin");
        Add(Intents.TalkToHuman, 2.5, "person, support, real person, talk someone, talk somebody, speak someone, speak somebody, " +
            "mit jemandem, jemandem sprechen, jemandem reden");
        Add(Intents.TalkToHuman, 1.2, "manager, boss, chef, vorgesetzten"); // only with "talk/speak": "my boss is annoying" is small talk
        Add(Intents.TalkToHuman, 1.0, "sprechen, reden, talk, speak, someone, somebody, jemand, team, staff, echten, echter, real, verbinde, connect, service, anrufen, call");

        Add(Intents.Subscribe, 3.5, "abonnieren, abonniere, subscribe, sign up, signup, newsletter*, anmelden, meldet an, melde an");
        Add(Intents.Subscribe, 2.0, "informiert, keep updated, sales, benachrichtigen, notify, keep posted, abo, deals, news, updates, " +
            "schickt angebote, schick angebote, send offers, per mail, per email, get newsletter");
        Add(Intents.Subscribe, 3.0, "mailing list, mailingliste, mailinglist, verteiler");
        Add(Intents.Subscribe, 3.5, "auf laufenden, in loop, keep loop");
        Add(Intents.Subscribe, 2.0, "want updates, get updates, send updates, receive updates");
        Add(Intents.Subscribe, 1.0, "new products, neue produkte, neuheiten, new arrivals, angebote, offers, rabatte, gutscheine, aktionen");

        Add(Intents.Unsubscribe, 5.0, "abbestellen, abmelden, unsubscribe, opt out, austragen, kuendigen, abo beenden, abo stop, " +
            "cancel subscription, cancel newsletter, newsletter beenden");
        Add(Intents.Unsubscribe, 4.0, "stop, stopp, keine nachrichten, keine werbung, keine mails, keine emails, keine newsletter, " +
            "hoert auf, hoer auf, aufhoeren, dont send, no more messages, no more emails, spam, " +
            "nix schicken, nichts schicken, nicht schicken, keine schicken, nix senden, nichts senden");
        Add(Intents.Unsubscribe, 1.0, "werbung, nachrichten");

        // Privacy: the shopper's data and their chats on other channels. Always two words together, never one alone.
        Add(Intents.EraseData, 7.0, "loesche daten, loeschen daten, loescht daten, delete data, erase data, remove data, wipe data, " +
            "vergiss mich, forget me, delete account, konto loeschen, account loeschen, daten entfernen, datenloeschung, " +
            "right forgotten, dsgvo loeschen, gdpr delete, personal data delete, persoenliche daten loeschen");
        Add(Intents.LinkChannel, 6.0, "anderem kanal, anderen kanal, anderer kanal, anderes kanal, other channel, another channel, " +
            "kanal wechseln, switch channel, change channel, continue whatsapp, continue telegram, continue messenger, continue instagram, " +
            "weiter whatsapp, weiter telegram, weiter messenger, weiter instagram, chat verknuepfen, chats verknuepfen, link chat, link chats, " +
            "connect chats, chats verbinden, chat verbinden, link code, verknuepfungscode");
        // Joining this chat to one on a named channel: "verbinde mit telegram", "link my whatsapp", "mit dem messenger verknüpfen".
        foreach (var verb in (string[])["verbinde", "verbinden", "verbindet", "verknuepfe", "verknuepfen", "verknuepft", "koppeln", "koppel", "link", "sync", "connect"])
        {
            Add(Intents.LinkChannel, 6.0, string.Join(", ", ((string[])["whatsapp", "telegram", "messenger", "instagram", "facebook"]).Select(channel => $"{verb} {channel}")));
        }
        // Removing what the shop stored about the shopper: "entfernt meine adresse", "erase the personal information you hold".
        foreach (var verb in (string[])["erase", "erased", "delete", "deleted", "remove", "removed", "wipe", "loeschen", "loesche", "loescht", "geloescht", "entfernen", "entferne", "entfernt"])
        {
            Add(Intents.EraseData, 7.0, string.Join(", ", ((string[])["information", "informationen", "infos", "details", "address", "adresse", "telefonnummer", "personal", "persoenliche", "persoenlichen", "gespeichert", "stored", "about me", "ueber mich"]).Select(data => $"{verb} {data}")));
        }
        return cues;
    }
}
