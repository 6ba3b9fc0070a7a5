namespace Commerce.Domain.Conversations;

/// <summary>
/// One shopper on one channel. Keeps only what the shop needs to answer well: language, the messaging
/// window, what was last shown (so "the second one" works) and whether a person has taken over.
/// </summary>
public sealed class Conversation
{
    public const int MaxShownProducts = 10;

    /// <summary>The platform id of an erased conversation is a random pseudonym with this prefix.</summary>
    public const string ErasedPrefix = "erased:";

    private Conversation(Guid id, Channel channel, string senderId, string language, DateTimeOffset now)
    {
        Id = id;
        ShopperId = id;
        Channel = channel;
        SenderId = senderId;
        Language = language;
        CreatedAt = now;
        LastInboundAt = now;
    }

#pragma warning disable CS8618 // EF Core materialisation
    private Conversation()
    {
    }
#pragma warning restore CS8618

    public Guid Id { get; private set; }

    /// <summary>
    /// The shopper behind this chat. Each channel's identity stays apart (the conversation's own id) until the shopper
    /// links chats with a one-time code; then linked chats share one shopper id, cart and order history.
    /// </summary>
    public Guid ShopperId { get; private set; }

    public Channel Channel { get; private set; }

    /// <summary>The platform's id for the shopper (page-scoped id, phone number id, chat id, web session).</summary>
    public string SenderId { get; private set; }

    /// <summary>"de" or "en".</summary>
    public string Language { get; private set; }

    /// <summary>True once the shopper chose a language explicitly; then detection no longer switches it.</summary>
    public bool LanguageChosen { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastInboundAt { get; private set; }

    public bool HumanTakeover { get; private set; }

    public DateTimeOffset? HumanRequestedAt { get; private set; }

    /// <summary>Products in the order they were last shown to the shopper.</summary>
    public List<Guid> LastShownProductIds { get; private set; } = [];

    /// <summary>A product whose variant (e.g. size) the shopper was just asked to pick.</summary>
    public Guid? PendingVariantProductId { get; private set; }

    public int PendingQuantity { get; private set; } = 1;

    /// <summary>The product the talk is about: last added, changed or asked about ("make it 3", "does it come in 45?").</summary>
    public Guid? FocusProductId { get; private set; }

    /// <summary>Messages in a row the bot did not understand; the second one brings in a person.</summary>
    public int MisunderstoodInARow { get; private set; }

    /// <summary>The shopper agreed to receive offers in this chat (and when); cleared when they say stop.</summary>
    public DateTimeOffset? OffersConsentAt { get; private set; }

    /// <summary>
    /// Since when the shopper has blocked or unfollowed the shop (LINE's unfollow event). Nothing is sent while set;
    /// a later message from the shopper (or a new follow) clears it.
    /// </summary>
    public DateTimeOffset? UnreachableSince { get; private set; }

    /// <summary>
    /// Messenger only: the token of Meta's marketing-messages opt-in (the shopper agreed in Messenger's own prompt), and
    /// when it expires. Offers go to Messenger only with it.
    /// </summary>
    public string? MarketingToken { get; private set; }

    public DateTimeOffset? MarketingTokenExpiresAt { get; private set; }

    /// <summary>When the shopper last said stop to offers (a broadcast's report counts who opted out after it).</summary>
    public DateTimeOffset? OffersConsentWithdrawnAt { get; private set; }

    /// <summary>When the shopper's data was erased; the row stays only as the pseudonym its orders point to.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public uint Version { get; private set; }

    public static Conversation Start(Channel channel, string senderId, string language, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), channel, senderId, language is "en" ? "en" : "de", now);

    public void RecordInbound(DateTimeOffset at, string? detectedLanguage)
    {
        if (at > LastInboundAt)
            LastInboundAt = at;
        if (UnreachableSince is { } since && at >= since)
            UnreachableSince = null;
        if (!LanguageChosen && detectedLanguage is "de" or "en")
            Language = detectedLanguage;
    }

    /// <summary>The shopper blocked or unfollowed the shop at <paramref name="at"/>; an earlier block stays the start.</summary>
    public void MarkUnreachable(DateTimeOffset at)
    {
        if (UnreachableSince is null || at < UnreachableSince)
            UnreachableSince = at;
    }

    public void ChooseLanguage(string language)
    {
        Language = language is "en" ? "en" : "de";
        LanguageChosen = true;
    }

    public void Showed(IEnumerable<Guid> productIds) => LastShownProductIds = productIds.Take(MaxShownProducts).ToList();

    /// <summary>Resolves "the second one" (1-based) against what was last shown.</summary>
    public Guid? ShownAt(int position) =>
        position >= 1 && position <= LastShownProductIds.Count ? LastShownProductIds[position - 1] : null;

    public void FocusOn(Guid productId) => FocusProductId = productId;

    /// <summary>Counts a message the bot could not understand; returns how many came in a row.</summary>
    public int Misunderstood() => ++MisunderstoodInARow;

    public void Understood() => MisunderstoodInARow = 0;

    public void AwaitVariantChoice(Guid productId, int quantity)
    {
        PendingVariantProductId = productId;
        PendingQuantity = quantity;
    }

    public void ClearPendingChoice()
    {
        PendingVariantProductId = null;
        PendingQuantity = 1;
    }

    public void HandOverToHuman(DateTimeOffset now)
    {
        HumanTakeover = true;
        HumanRequestedAt = now;
    }

    public void HandBackToBot() => HumanTakeover = false;

    public void SubscribeToOffers(DateTimeOffset now) => OffersConsentAt ??= now;

    public void UnsubscribeFromOffers(DateTimeOffset now)
    {
        if (OffersConsentAt is not null)
            OffersConsentWithdrawnAt = now;
        OffersConsentAt = null;
    }

    /// <summary>The shopper opted in to marketing messages in the platform's prompt: that is consent to offers too.</summary>
    public void GrantMarketingMessages(string token, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        MarketingToken = token;
        MarketingTokenExpiresAt = expiresAt;
        SubscribeToOffers(now);
    }

    /// <summary>The shopper stopped marketing messages in the platform: no more offers.</summary>
    public void StopMarketingMessages(DateTimeOffset now)
    {
        MarketingToken = null;
        MarketingTokenExpiresAt = null;
        UnsubscribeFromOffers(now);
    }

    /// <summary>Joins this chat to another shopper's chats (only ever after that shopper's one-time code).</summary>
    public void LinkTo(Guid shopperId) => ShopperId = shopperId;

    /// <summary>
    /// Forgets who this was: the platform id becomes a random pseudonym (a new message from the same platform id starts
    /// a fresh conversation), and everything said or shown is dropped. Orders keep pointing at this id.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        SenderId = $"{ErasedPrefix}{Guid.NewGuid():N}";
        ShopperId = Id;
        LastShownProductIds = [];
        FocusProductId = null;
        MisunderstoodInARow = 0;
        ClearPendingChoice();
        OffersConsentAt = null;
        OffersConsentWithdrawnAt = null;
        MarketingToken = null;
        MarketingTokenExpiresAt = null;
        HumanTakeover = false;
        HumanRequestedAt = null;
        ErasedAt ??= now;
    }
}
