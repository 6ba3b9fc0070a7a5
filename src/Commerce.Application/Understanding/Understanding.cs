namespace Commerce.Application.Understanding;

/// <summary>Entities found in a message; each is null when the message does not state it.</summary>
/// <param name="Query">Product words as the shopper typed them (lower-case, in order), for search and cart intents.</param>
/// <param name="Quantity">Explicit quantity for <see cref="Intents.AddToCart"/>.</param>
/// <param name="OrderNumber">A 4–8 digit order number for order status and cancellation.</param>
/// <param name="Topic">For <see cref="Intents.ShopInfo"/>: one of <see cref="ShopTopics"/>, null when the question names none.</param>
public sealed record UnderstoodEntities(string? Query, int? Quantity, string? OrderNumber, string? Topic = null)
{
    public static UnderstoodEntities None { get; } = new(null, null, null);
}

/// <summary>The recogniser's reading of one message.</summary>
/// <param name="Intent">One of <see cref="Intents"/>.</param>
/// <param name="Confidence">0..1; low values mean the dialogue should ask rather than act.</param>
/// <param name="Language">"de" or "en".</param>
/// <param name="Entities">Entities relevant to the intent.</param>
/// <param name="Likely">The likeliest intents other than unknown, best first (the chosen one included when it is not unknown); what a
/// reply offers when it is unsure.</param>
public sealed record Understanding(string Intent, double Confidence, string Language, UnderstoodEntities Entities, IReadOnlyList<string>? Likely = null)
{
    /// <summary>Below this confidence the dialogue offers suggestions instead of acting on the intent.</summary>
    public const double FallbackBelow = 0.5;

    public bool IsUnsure => Intent != Intents.Unknown && Confidence < FallbackBelow;

    public bool Equals(Understanding? other) =>
        other is not null && Intent == other.Intent && Confidence.Equals(other.Confidence) && Language == other.Language
        && Entities == other.Entities && (Likely ?? []).SequenceEqual(other.Likely ?? []);

    public override int GetHashCode() => HashCode.Combine(Intent, Confidence, Language, Entities);
}

/// <summary>Maps a free-text chat message to an intent and its entities.</summary>
/// <remarks>Implementations are registered as singletons and must be thread-safe and cheap per call.</remarks>
public interface IIntentRecognizer
{
    /// <summary>Recognises the intent of <paramref name="text"/>. Never throws for any input, including empty or huge text.</summary>
    /// <param name="text">The raw message.</param>
    /// <param name="preferredLanguage">The conversation's language ("de"/"en"); breaks ties in language detection.</param>
    Understanding Recognize(string text, string? preferredLanguage = null);

    /// <summary>As <see cref="Recognize(string, string?)"/>, also knowing the words of the merchant's own catalog.</summary>
    Understanding Recognize(string text, string? preferredLanguage, CatalogVocabulary catalog) => Recognize(text, preferredLanguage);
}
