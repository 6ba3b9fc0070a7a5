namespace Commerce.Channels.Meta;

/// <summary>
/// One channel's limits in one place; the renderers consult it and never hard-code a number.
/// Messenger: generic template ≤ 10 elements, title/subtitle ≤ 80, ≤ 3 buttons; button title ≤ 20; quick replies ≤ 13,
/// title ≤ 20; text ≤ 2000; button template text ≤ 640.
///   https://developers.facebook.com/docs/messenger-platform/reference/templates/generic
///   https://developers.facebook.com/docs/messenger-platform/send-messages/quick-replies
///   https://developers.facebook.com/docs/messenger-platform/reference/templates/button
/// Instagram: same generic template and quick replies (text ≤ 1000).
///   https://developers.facebook.com/docs/instagram-messaging/generic-template
/// WhatsApp: reply buttons ≤ 3 (title ≤ 20); list ≤ 10 rows in ≤ 10 sections, row title ≤ 24, description ≤ 72,
/// button ≤ 20, body ≤ 1024; multi-product ≤ 30 products in ≤ 10 sections; text ≤ 4096.
///   https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
///   https://developers.facebook.com/docs/whatsapp/guides/interactive-messages/
///   https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages
/// </summary>
public sealed record MetaCapabilities(
    int MaxCards,
    int CardTitle,
    int CardSubtitle,
    int MaxCardButtons,
    int ButtonTitle,
    int MaxQuickReplies,
    int QuickReplyTitle,
    int TextLength,
    int ButtonTemplateText,
    int MaxListRows,
    int ListRowTitle,
    int ListRowDescription,
    int ListButton,
    int InteractiveBody,
    int MaxCatalogProducts,
    int MaxCatalogSections,
    bool UpdateTagOutsideWindow)
{
    /// <summary>Standard messaging: replies within 24 hours of the shopper's last message.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public static readonly MetaCapabilities Messenger = new(
        MaxCards: 10, CardTitle: 80, CardSubtitle: 80, MaxCardButtons: 3, ButtonTitle: 20,
        MaxQuickReplies: 13, QuickReplyTitle: 20, TextLength: 2000, ButtonTemplateText: 640,
        MaxListRows: 0, ListRowTitle: 0, ListRowDescription: 0, ListButton: 0, InteractiveBody: 0,
        MaxCatalogProducts: 0, MaxCatalogSections: 0,
        UpdateTagOutsideWindow: true);

    /// <summary>
    /// Instagram supports only the HUMAN_AGENT tag outside the window, not POST_PURCHASE_UPDATE: order updates
    /// there are undeliverable once the window has closed.
    /// https://developers.facebook.com/docs/instagram-messaging/overview
    /// </summary>
    public static readonly MetaCapabilities Instagram = Messenger with { TextLength = 1000, UpdateTagOutsideWindow = false };

    public static readonly MetaCapabilities WhatsApp = new(
        MaxCards: 0, CardTitle: 0, CardSubtitle: 0, MaxCardButtons: 3, ButtonTitle: 20,
        MaxQuickReplies: 3, QuickReplyTitle: 20, TextLength: 4096, ButtonTemplateText: 1024,
        MaxListRows: 10, ListRowTitle: 24, ListRowDescription: 72, ListButton: 20, InteractiveBody: 1024,
        MaxCatalogProducts: 30, MaxCatalogSections: 10,
        UpdateTagOutsideWindow: false);
}
