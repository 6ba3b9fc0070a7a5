using System.Globalization;

namespace Commerce.Api.MerchantConsole;

/// <summary>The console's words in German and English; the language comes from the switch, else the browser.</summary>
public sealed class ConsoleText(string language)
{
    public string Language { get; } = language;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == "en" ? "en-GB" : "de-DE");

    public string this[string key] => Texts.TryGetValue(key, out var pair) ? (Language == "en" ? pair.En : pair.De) : key;

    public static ConsoleText For(HttpContext http)
    {
        var chosen = http.Request.Cookies[ConsoleSetup.LanguageCookie];
        if (chosen is "de" or "en")
            return new ConsoleText(chosen);
        var accept = http.Request.Headers.AcceptLanguage.ToString();
        return new ConsoleText(accept.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "de");
    }

    public string Money(long minor, string currency) =>
        string.Format(Culture, "{0:N2} {1}", minor / 100m, currency == "EUR" ? "€" : currency);

    public string Time(DateTimeOffset at) => at.ToLocalTime().ToString("g", Culture);

    private static readonly Dictionary<string, (string De, string En)> Texts = new()
    {
        ["title"] = ("Shop-Konsole", "Shop console"),
        ["signin"] = ("Anmelden", "Sign in"),
        ["signout"] = ("Abmelden", "Sign out"),
        ["email"] = ("E-Mail", "Email"),
        ["password"] = ("Passwort", "Password"),
        ["wrong"] = ("E-Mail oder Passwort ist falsch.", "Email or password is wrong."),
        ["locked"] = ("Zu viele falsche Passwörter: das Konto ist 15 Minuten gesperrt.", "Too many wrong passwords: the account is locked for 15 minutes."),
        ["denied"] = ("Diese Seite ist der Inhaberin oder dem Inhaber vorbehalten.", "This page is for the shop owner only."),
        ["dashboard"] = ("Übersicht", "Dashboard"),
        ["orders"] = ("Bestellungen", "Orders"),
        ["conversations"] = ("Chats", "Chats"),
        ["staff"] = ("Team", "Team"),
        ["today-orders"] = ("Bestellungen heute", "Orders today"),
        ["today-revenue"] = ("Umsatz heute (bezahlt)", "Revenue today (paid)"),
        ["waiting"] = ("Chats warten auf eine Person", "Chats waiting for a person"),
        ["low-stock"] = ("Fast ausverkauft", "Running low"),
        ["none"] = ("Keine.", "None."),
        ["number"] = ("Nummer", "Number"),
        ["status"] = ("Status", "Status"),
        ["channel"] = ("Kanal", "Channel"),
        ["date"] = ("Datum", "Date"),
        ["total"] = ("Summe", "Total"),
        ["all"] = ("alle", "all"),
        ["filter"] = ("Filtern", "Filter"),
        ["previous"] = ("Zurück", "Previous"),
        ["next"] = ("Weiter", "Next"),
        ["page"] = ("Seite", "Page"),
        ["order"] = ("Bestellung", "Order"),
        ["lines"] = ("Positionen", "Lines"),
        ["quantity"] = ("Menge", "Quantity"),
        ["price"] = ("Preis", "Price"),
        ["history"] = ("Verlauf", "History"),
        ["shipping-address"] = ("Lieferadresse", "Shipping address"),
        ["no-address"] = ("Keine Lieferadresse angegeben.", "No shipping address given."),
        ["tracking"] = ("Sendungsnummer", "Tracking number"),
        ["carrier"] = ("Versanddienst", "Carrier"),
        ["confirm"] = ("Ich bestätige diese Aktion", "I confirm this action"),
        ["confirm-missing"] = ("Bitte bestätige die Aktion mit dem Häkchen.", "Please confirm the action with the tick box."),
        ["fulfil"] = ("Versenden", "Fulfil"),
        ["deliver"] = ("Als zugestellt markieren", "Mark delivered"),
        ["cancel"] = ("Stornieren", "Cancel order"),
        ["refund"] = ("Erstatten", "Refund"),
        ["cancel-paid-note"] = ("Eine bezahlte Bestellung wird beim Stornieren voll erstattet.", "Cancelling a paid order refunds it in full."),
        ["done"] = ("Erledigt – die Kundin oder der Kunde wurde im Chat informiert.", "Done – the shopper was told in their chat."),
        ["chat"] = ("Chat", "Chat"),
        ["open-chat"] = ("Chat öffnen", "Open chat"),
        ["language"] = ("Sprache", "Language"),
        ["last-message"] = ("Letzte Nachricht", "Last message"),
        ["waiting-person"] = ("wartet auf eine Person", "waiting for a person"),
        ["with-bot"] = ("beim Bot", "with the bot"),
        ["shopper"] = ("Kundschaft", "Shopper"),
        ["bot"] = ("Bot", "Bot"),
        ["person"] = ("Team", "Team"),
        ["reply"] = ("Antwort", "Reply"),
        ["send"] = ("Als Person antworten", "Reply as a person"),
        ["hand-back"] = ("An den Bot zurückgeben", "Hand back to the bot"),
        ["handed-back"] = ("Der Bot antwortet wieder.", "The bot answers again."),
        ["sent"] = ("Gesendet.", "Sent."),
        ["photo"] = ("Foto", "Photo"),
        ["add-staff"] = ("Teammitglied hinzufügen", "Add a team member"),
        ["remove"] = ("Entfernen", "Remove"),
        ["role"] = ("Rolle", "Role"),
        ["email-invalid"] = ("Bitte eine gültige E-Mail-Adresse angeben.", "Please give a valid email address."),
        ["email-taken"] = ("Diese E-Mail-Adresse hat schon ein Konto.", "This email address already has an account."),
        ["password-short"] = ("Das Passwort braucht mindestens 10 Zeichen.", "The password needs at least 10 characters."),
        ["added"] = ("Hinzugefügt.", "Added."),
        ["removed"] = ("Entfernt.", "Removed."),
        ["not-found"] = ("Nicht gefunden.", "Not found."),
        ["products"] = ("Katalog", "Catalog"),
        ["search"] = ("Suche", "Search"),
        ["category"] = ("Kategorie", "Category"),
        ["stock"] = ("Bestand", "Stock"),
        ["import"] = ("JSON-Katalog importieren", "Import a JSON catalog"),
        ["import-file"] = ("Katalogdatei (JSON)", "Catalog file (JSON)"),
        ["import-file-missing"] = ("Bitte eine Datei wählen.", "Please choose a file."),
        ["import-unreadable"] = ("Die Datei ist kein lesbarer JSON-Katalog.", "The file is not a readable JSON catalog."),
        ["import-summary"] = ("Import: {0} neu, {1} geändert, {2} unverändert.", "Import: {0} created, {1} updated, {2} unchanged."),
        ["name-de"] = ("Name (Deutsch)", "Name (German)"),
        ["name-en"] = ("Name (Englisch)", "Name (English)"),
        ["description-de"] = ("Beschreibung (Deutsch)", "Description (German)"),
        ["description-en"] = ("Beschreibung (Englisch)", "Description (English)"),
        ["image"] = ("Bild (Pfad oder URL)", "Image (path or URL)"),
        ["save"] = ("Speichern", "Save"),
        ["saved"] = ("Gespeichert.", "Saved."),
        ["stock-of"] = ("Artikel oder Größe", "Product or size"),
        ["stock-change"] = ("Änderung (+/−)", "Change (+/−)"),
        ["reason"] = ("Grund", "Reason"),
        ["adjust"] = ("Bestand ändern", "Change stock"),
        ["archive"] = ("Archivieren", "Archive"),
        ["activate"] = ("Aktivieren", "Activate"),
        ["variants"] = ("Varianten", "Variants"),
        ["option"] = ("Option", "Option"),
        ["price-invalid"] = ("Bitte einen Preis wie 59,90 angeben.", "Please give a price such as 59.90."),
        ["delta-invalid"] = ("Bitte eine ganze Zahl ungleich 0 angeben, z. B. +5 oder -2.", "Please give a whole number other than 0, e.g. +5 or -2."),
        ["broadcasts"] = ("Angebote", "Broadcasts"),
        ["new-broadcast"] = ("Neues Angebot an Abonnenten", "New broadcast to subscribers"),
        ["text-de"] = ("Text (Deutsch)", "Text (German)"),
        ["text-en"] = ("Text (Englisch)", "Text (English)"),
        ["broadcast-products"] = ("Produkte (SKUs, durch Komma getrennt, höchstens 10)", "Products (SKUs separated by commas, at most 10)"),
        ["channels-optional"] = ("Kanäle (keine Auswahl: alle)", "Channels (none ticked: all)"),
        ["create"] = ("Anlegen", "Create"),
        ["recipients"] = ("Empfänger", "Recipients"),
        ["send-broadcast"] = ("An alle Abonnenten senden", "Send to all subscribers"),
        ["cancel-broadcast"] = ("Angebot abbrechen", "Cancel the broadcast"),
        ["report"] = ("Bericht", "Report"),
        ["pending"] = ("Wartend", "Pending"),
        ["sent-count"] = ("Gesendet", "Sent"),
        ["delivered"] = ("Zugestellt", "Delivered"),
        ["read"] = ("Gelesen", "Read"),
        ["skipped"] = ("Übersprungen", "Skipped"),
        ["failed"] = ("Fehlgeschlagen", "Failed"),
        ["opted-out"] = ("Danach abgemeldet", "Opted out after"),
        ["check-fields"] = ("Bitte die markierten Felder prüfen.", "Please check the marked fields."),
        ["shop-info"] = ("Shop-Infos", "Shop information"),
        ["shop-info-hint"] = ("Diese Texte bekommen Kundinnen und Kunden im Chat, wenn sie nach Versand, Lieferzeit, Rückgabe, Bezahlung oder Kontakt fragen. Ein leeres Feld: der Chat nennt das Thema nicht. Fehlt Englisch, antwortet der Chat auf Deutsch.",
            "Shoppers get these texts in the chat when they ask about shipping, delivery time, returns, payment or contact. An empty field: the chat leaves that topic out. Where English is missing, the chat answers in German."),
        ["topic-shipping"] = ("Versand", "Shipping"),
        ["topic-delivery"] = ("Lieferzeit", "Delivery time"),
        ["topic-returns"] = ("Rückgabe", "Returns"),
        ["topic-payment"] = ("Bezahlung", "Payment"),
        ["topic-contact"] = ("Kontakt", "Contact"),
        ["language-de"] = ("Deutsch", "German"),
        ["language-en"] = ("Englisch", "English"),
    };
}
