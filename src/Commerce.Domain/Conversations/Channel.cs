namespace Commerce.Domain.Conversations;

/// <summary>The messengers a shopper can reach the shop through.</summary>
public enum Channel
{
    WebChat,
    Messenger,
    Instagram,
    WhatsApp,
    Telegram,
    Line,
}
