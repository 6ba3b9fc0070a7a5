using System.Globalization;

namespace Commerce.Application.Replies;

/// <summary>What the bot says while editing the cart, answering questions, talking about orders and recovering from a
/// message it did not understand — German and English. Placeholders use string.Format.</summary>
public sealed record DialogueTexts
{
    public static readonly DialogueTexts De = new()
    {
        NothingFound = "Dazu habe ich leider nichts gefunden. Versuch es mit einem anderen Wort oder schau in die Kategorien.",
        WhichOfThese = "Welches davon meinst du?",
        AddedOne = "{0} × {1} liegt im Warenkorb. 🛒",
        AddedMany = "{0} × {1} liegen im Warenkorb. 🛒",
        QuantityRange = "Bitte wähle eine Menge von 1 bis {0}.",
        QuantitySet = "Erledigt: {0} × {1} im Warenkorb.",
        VariantChanged = "Erledigt: {0} jetzt in {1}.",
        WhichLine = "Welchen Artikel in deinem Warenkorb meinst du?",
        NotInCart = "Das ist nicht in deinem Warenkorb.",
        VariantInStock = "Ja, {0} gibt es in {1} — noch {2} auf Lager.",
        VariantSoldOut = "{0} in {1} ist leider ausverkauft. Verfügbar: {2}.",
        VariantNotOffered = "{0} gibt es nicht in {1}. Verfügbar: {2}.",
        VariantNoneLeft = "keine Größe mehr",
        InStock = "{0} ist auf Lager ({1} Stück).",
        DescriptionSays = "Laut Beschreibung: „{0}“",
        DescriptionSilent = "Dazu steht in der Beschreibung nichts — sie lautet: „{0}“. Soll ich jemanden aus dem Team fragen?",
        WhichOrder = "Welche Bestellung meinst du?",
        StatusPendingPayment = "Bestellung {0} über {1} wartet noch auf deine Zahlung.",
        StatusPaid = "Bestellung {0} über {1} ist bezahlt und wird gerade gepackt. Sobald sie unterwegs ist, bekommst du hier die Sendungsnummer.",
        StatusShipped = "Bestellung {0} ist seit {1} mit {2} unterwegs, Sendungsnummer {3}.",
        ExpectedDelivery = "Voraussichtlich kommt sie {0} an.",
        OnDay = "am {0}",
        BetweenDays = "zwischen {0} und {1}",
        DayFormat = "ddd, d.M.",
        Culture = CultureInfo.GetCultureInfo("de-DE"),
        StatusDelivered = "Bestellung {0} wurde am {1} zugestellt.",
        StatusOther = "Bestellung {0} über {1}: {2}.",
        CancelConfirmPaid = "Bestellung {0} ist bezahlt ({1}). Wenn du stornierst, erstatten wir dir {1} auf dein Zahlungsmittel zurück — das dauert meist 5 bis 10 Werktage. Wirklich stornieren?",
        CancelYes = "Ja, stornieren",
        CancelNo = "Nein, behalten",
        CancelKept = "Alles klar, Bestellung {0} bleibt bestehen.",
        CannotCancelShipped = "Bestellung {0} ist schon {1} und lässt sich nicht mehr stornieren. Nach der Zustellung kannst du sie zurückschicken — jemand aus dem Team hilft dir gern dabei.",
        ActionMyOrder = "Meine Bestellung",
        ActionHelp = "Hilfe",
        ActionShopInfo = "Versand & Rückgabe",
        ActionBackToBot = "Weiter mit dem Bot",
        Suggest = "Das habe ich nicht ganz verstanden. Meintest du eins davon?",
        SecondMisunderstanding = "Ich verstehe dich leider noch nicht. Ich hole jemanden aus dem Team dazu — du bekommst hier im Chat eine Antwort. Wenn du lieber mit mir weitermachst, tippe „Weiter mit dem Bot“.",
        BackWithBot = "Da bin ich wieder! Schreib mir, was du suchst, oder schau in die Kategorien.",
        PhotoReceived = "Danke für das Bild! Ich gebe es an unser Team weiter — jemand meldet sich hier im Chat bei dir.",
    };

    public static readonly DialogueTexts En = new()
    {
        NothingFound = "Sorry, I found nothing for that. Try another word or browse the categories.",
        WhichOfThese = "Which of these do you mean?",
        AddedOne = "Added {0} × {1} to your cart. 🛒",
        AddedMany = "Added {0} × {1} to your cart. 🛒",
        QuantityRange = "Please choose a quantity from 1 to {0}.",
        QuantitySet = "Done: {0} × {1} in your cart.",
        VariantChanged = "Done: {0} now in {1}.",
        WhichLine = "Which item in your cart do you mean?",
        NotInCart = "That is not in your cart.",
        VariantInStock = "Yes, {0} comes in {1} — {2} in stock.",
        VariantSoldOut = "Sorry, {0} in {1} is sold out. Available: {2}.",
        VariantNotOffered = "{0} doesn't come in {1}. Available: {2}.",
        VariantNoneLeft = "no size left",
        InStock = "{0} is in stock ({1} left).",
        DescriptionSays = "The description says: \"{0}\"",
        DescriptionSilent = "The description doesn't say — it reads: \"{0}\". Shall I ask someone from the team?",
        WhichOrder = "Which order do you mean?",
        StatusPendingPayment = "Order {0} for {1} is still waiting for your payment.",
        StatusPaid = "Order {0} for {1} is paid and being packed. As soon as it ships, you'll get the tracking number here.",
        StatusShipped = "Order {0} has been on its way with {2} since {1}, tracking number {3}.",
        ExpectedDelivery = "It should arrive {0}.",
        OnDay = "on {0}",
        BetweenDays = "between {0} and {1}",
        DayFormat = "ddd d MMM",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        StatusDelivered = "Order {0} was delivered on {1}.",
        StatusOther = "Order {0} for {1}: {2}.",
        CancelConfirmPaid = "Order {0} is paid ({1}). If you cancel, we refund {1} to your payment method — that usually takes 5 to 10 business days. Cancel it?",
        CancelYes = "Yes, cancel",
        CancelNo = "No, keep it",
        CancelKept = "Okay, order {0} stays as it is.",
        CannotCancelShipped = "Order {0} is already {1} and can no longer be cancelled. Once it arrives you can send it back — someone from our team will gladly help.",
        ActionMyOrder = "My order",
        ActionHelp = "Help",
        ActionShopInfo = "Shipping & returns",
        ActionBackToBot = "Back to the bot",
        Suggest = "I didn't quite get that. Did you mean one of these?",
        SecondMisunderstanding = "Sorry, I still don't understand. I'm bringing in someone from our team — you'll get an answer here in the chat. If you'd rather go on with me, tap \"Back to the bot\".",
        BackWithBot = "I'm back! Tell me what you are looking for, or browse the categories.",
        PhotoReceived = "Thanks for the picture! I'm passing it to our team — someone will get back to you here in the chat.",
    };

    public required string NothingFound { get; init; }
    public required string WhichOfThese { get; init; }
    public required string AddedOne { get; init; }
    public required string AddedMany { get; init; }
    public required string QuantityRange { get; init; }
    public required string QuantitySet { get; init; }
    public required string VariantChanged { get; init; }
    public required string WhichLine { get; init; }
    public required string NotInCart { get; init; }
    public required string VariantInStock { get; init; }
    public required string VariantSoldOut { get; init; }
    public required string VariantNotOffered { get; init; }
    public required string VariantNoneLeft { get; init; }
    public required string InStock { get; init; }
    public required string DescriptionSays { get; init; }
    public required string DescriptionSilent { get; init; }
    public required string WhichOrder { get; init; }
    public required string StatusPendingPayment { get; init; }
    public required string StatusPaid { get; init; }
    public required string StatusShipped { get; init; }
    public required string ExpectedDelivery { get; init; }
    public required string OnDay { get; init; }
    public required string BetweenDays { get; init; }

    /// <summary>How a day is written to shoppers ("Mo., 30.11.", "Mon 30 Nov").</summary>
    public required string DayFormat { get; init; }

    public required CultureInfo Culture { get; init; }
    public required string StatusDelivered { get; init; }
    public required string StatusOther { get; init; }
    public required string CancelConfirmPaid { get; init; }
    public required string CancelYes { get; init; }
    public required string CancelNo { get; init; }
    public required string CancelKept { get; init; }
    public required string CannotCancelShipped { get; init; }
    public required string ActionMyOrder { get; init; }
    public required string ActionHelp { get; init; }
    public required string ActionShopInfo { get; init; }
    public required string ActionBackToBot { get; init; }
    public required string Suggest { get; init; }
    public required string SecondMisunderstanding { get; init; }
    public required string BackWithBot { get; init; }
    public required string PhotoReceived { get; init; }

    public static DialogueTexts For(string language) => language == "en" ? En : De;

    /// <summary>"1 × … liegt", "2 × … liegen": German agrees the verb with the count.</summary>
    public string Added(int quantity, string name) => string.Format(quantity == 1 ? AddedOne : AddedMany, quantity, name);
}
