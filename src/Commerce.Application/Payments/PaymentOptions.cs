namespace Commerce.Application.Payments;

public sealed class PaymentOptions
{
    /// <summary>"Stripe" or "Sandbox".</summary>
    public string Provider { get; set; } = "Sandbox";

    public StripeOptions Stripe { get; set; } = new();

    /// <summary>How long a payment link stays valid (Stripe allows 30 minutes to 24 hours).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often opening a payment session is tried while the provider cannot be reached (with growing
    /// pauses) before the order fails and the shopper is told.</summary>
    public int SessionAttempts { get; set; } = 5;

    /// <summary>Countries Stripe collects shipping addresses for (ISO codes).</summary>
    public List<string> ShippingCountries { get; set; } = ["DE", "AT", "CH"];
}

public sealed class StripeOptions
{
    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.stripe.com";
}
