namespace Commerce.Application.Replies;

/// <summary>What the payment pages say after paying or cancelling, in the shopper's language.</summary>
public sealed record PayPageTexts
{
    public static readonly PayPageTexts De = new()
    {
        Thanks = "Danke!",
        Paid = "Bestellung {0} über {1} ist bezahlt. Die Bestätigung steht in deinem Chat.",
        Confirming = "Wir bestätigen deine Zahlung gleich im Chat.",
        RefundedTitle = "Zahlung erstattet",
        Refunded = "Bestellung {0} war schon beendet, als die Zahlung ankam. Das Geld wurde vollständig erstattet.",
        NotPaidTitle = "Nicht bezahlt",
        NotPaid = "Bestellung {0}: {1}.",
        CancelledTitle = "Zahlung abgebrochen",
        Cancelled = "Dein Warenkorb wartet im Chat auf dich.",
        BackToChat = "Zurück zum Chat",
        ReturnToChat = "Du kannst dieses Fenster schließen und in deinem Chat weitermachen.",
    };

    public static readonly PayPageTexts En = new()
    {
        Thanks = "Thank you!",
        Paid = "Order {0} for {1} is paid. Your confirmation is in your chat.",
        Confirming = "We will confirm your payment in the chat in a moment.",
        RefundedTitle = "Payment refunded",
        Refunded = "Order {0} had already ended when the payment arrived. It has been refunded in full.",
        NotPaidTitle = "Not paid",
        NotPaid = "Order {0}: {1}.",
        CancelledTitle = "Payment cancelled",
        Cancelled = "Your cart is waiting for you in the chat.",
        BackToChat = "Back to the chat",
        ReturnToChat = "You can close this window and continue in your chat.",
    };

    public required string Thanks { get; init; }
    public required string Paid { get; init; }
    public required string Confirming { get; init; }
    public required string RefundedTitle { get; init; }
    public required string Refunded { get; init; }
    public required string NotPaidTitle { get; init; }
    public required string NotPaid { get; init; }
    public required string CancelledTitle { get; init; }
    public required string Cancelled { get; init; }
    public required string BackToChat { get; init; }
    public required string ReturnToChat { get; init; }

    public static PayPageTexts For(string language) => language == "en" ? En : De;
}
