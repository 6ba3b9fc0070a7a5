using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>
/// Scores every intent from weighted word cues (<see cref="IntentCues"/>) plus a few facts about the message
/// (mentions a product, the cart, an order number), then picks the best one or <see cref="Intents.Unknown"/>.
/// Stateless after construction, so one instance serves all threads.
/// </summary>
public sealed class RuleBasedIntentRecognizer : IIntentRecognizer
{
    internal const double UnknownThreshold = 1.5;
    private static readonly string[] Social = [Intents.Greeting, Intents.Thanks];

    private readonly MessageAnalyzer _analyzer;
    private readonly EntityExtractor _extractor;
    private readonly Cue[] _cues;

    /// <summary>Rules that know no goods: only a catalog names them (see <see cref="CatalogVocabulary"/>).</summary>
    public RuleBasedIntentRecognizer() : this(CatalogVocabulary.Empty)
    {
    }

    /// <param name="catalog">The merchant's catalog words: they count as goods, and typos of them are corrected.</param>
    public RuleBasedIntentRecognizer(CatalogVocabulary catalog)
    {
        _cues = [.. IntentCues.All];
        var cueTerms = _cues.SelectMany(c => c.Terms).Concat(ShopTopicCues.Terms).ToList();
        var cueWords = cueTerms.Where(t => !t.Contains('*')).ToHashSet(StringComparer.Ordinal);
        // A catalog word that is also a command or function word ("set", "pack", "mit") keeps its command meaning.
        var goods = catalog.Goods.Where(w => !cueWords.Contains(w) && !CommonWords.All.Contains(w) && !Vocabulary.QueryFillers.Contains(w)
            && !Vocabulary.CartWords.Contains(w) && !Vocabulary.German.Contains(w) && !Vocabulary.English.Contains(w) && !NumberWords.Values.ContainsKey(w))
            .ToFrozenSet(StringComparer.Ordinal);
        var lexicon = new FuzzyLexicon(cueWords
            .Concat(GoodsModifiers.Words).Concat(Vocabulary.German).Concat(Vocabulary.English)
            .Concat(Vocabulary.QueryFillers).Concat(Vocabulary.CartWords).Concat(Vocabulary.Everyday).Concat(CommonWords.All).Concat(NumberWords.Values.Keys)
            .Concat(goods).Concat(catalog.Words),
            cueWords.Concat(GoodsModifiers.Words).Concat(Vocabulary.CartWords).Concat(goods),
            GoodsModifiers.ExactOnly.Concat(goods.Where(w => w.Length < 8 && !catalog.Written.Contains(w))).ToFrozenSet(StringComparer.Ordinal));
        var nouns = goods.Where(w => !GoodsModifiers.Words.Contains(w)).ToFrozenSet(StringComparer.Ordinal);
        _analyzer = new MessageAnalyzer(lexicon, [.. cueTerms.Where(t => t.Contains('*')).Distinct()], nouns);
        _extractor = new EntityExtractor(cueWords.Where(w => !GoodsModifiers.Words.Contains(w)).ToFrozenSet(StringComparer.Ordinal));
    }

    internal MessageAnalysis Analyze(string? text) => _analyzer.Analyze(text);

    internal UnderstoodEntities Extract(string intent, MessageAnalysis message) => _extractor.Extract(intent, message);

    public Understanding Recognize(string text, string? preferredLanguage = null)
    {
        var message = _analyzer.Analyze(text);
        var language = LanguageDetector.Detect(message, preferredLanguage);
        if (message.Tokens.Count == 0)
        {
            return new Understanding(Intents.Unknown, 1.0, language, UnderstoodEntities.None);
        }

        var scores = Score(message);
        var ranked = scores.OrderByDescending(kv => kv.Value).ToArray();
        var (best, top) = (ranked[0].Key, ranked[0].Value);
        var second = ranked.Length > 1 ? ranked[1].Value : 0;
        if (top < UnknownThreshold)
        {
            return new Understanding(Intents.Unknown, Math.Round(1 - top / UnknownThreshold * 0.5, 3), language, UnderstoodEntities.None);
        }

        // Saturates with evidence, shrinks when the runner-up is close.
        var confidence = (1 - Math.Exp(-top / 2.5)) * (0.55 + 0.45 * (top - second) / top);
        return new Understanding(best, Math.Round(Math.Clamp(confidence, 0, 1), 3), language, _extractor.Extract(best, message));
    }

    /// <summary>Cue evidence per intent (all but unknown); below <see cref="UnknownThreshold"/> nothing is claimed.</summary>
    internal Dictionary<string, double> Score(MessageAnalysis message)
    {
        var scores = Intents.All.Where(i => i != Intents.Unknown).ToDictionary(i => i, _ => 0.0, StringComparer.Ordinal);
        foreach (var cue in _cues)
        {
            if (cue.Terms.All(message.Matches))
            {
                scores[cue.Intent] += cue.Weight;
            }
        }
        ContextRules.Apply(scores, message);

        var bestTask = scores.Where(kv => !Social.Contains(kv.Key)).Max(kv => kv.Value);
        if (bestTask >= 2.0 || (message.HasProductNoun && bestTask > 0))
        {
            foreach (var intent in Social)
            {
                scores[intent] *= 0.5; // "hi, I need a jacket", "heyyy … the chinos in beige": a request that starts politely
            }
        }
        return scores;
    }
}
