using Commerce.Application.Understanding.Learned;

namespace Commerce.Application.Understanding;

/// <summary>
/// The learned classifier (<see cref="IntentModel"/>) blended with the cue rules (<see cref="RuleBasedIntentRecognizer"/>),
/// with the rules deciding where they are exact: an order number makes a message about an order, a refusal of
/// offers is never an opt-in. Entities (query, quantity, order number) always come from the rule extractor.
/// </summary>
public sealed class HybridIntentRecognizer : IIntentRecognizer
{
    private static readonly string[] OrderIntents = [Intents.OrderStatus, Intents.CancelOrder];
    private static readonly string[] OfferIntents = [Intents.Subscribe, Intents.Unsubscribe];

    private readonly RuleBasedIntentRecognizer _rules;
    private readonly Lock _building = new();
    private volatile CatalogRules? _catalogRules; // the rules with the last catalog's words, rebuilt when it changes
    private readonly IntentModel _model;
    private readonly HybridOptions _options;
    private readonly int[] _labelIndex; // Intents.All position -> model label position (-1 when the model lacks it)

    public HybridIntentRecognizer() : this(new RuleBasedIntentRecognizer(), IntentModel.Shared, HybridOptions.Default)
    {
    }

    /// <summary>A recogniser that reads every message with <paramref name="catalog"/>'s words (tools and tests of one shop).</summary>
    public HybridIntentRecognizer(CatalogVocabulary catalog) : this(new RuleBasedIntentRecognizer(catalog), IntentModel.Shared, HybridOptions.Default)
    {
    }

    public HybridIntentRecognizer(RuleBasedIntentRecognizer rules, IntentModel model, HybridOptions options)
    {
        _rules = rules;
        _model = model;
        _options = options;
        _labelIndex = [.. Intents.All.Select(i => model.Labels.ToList().IndexOf(i))];
    }

    public Understanding Recognize(string text, string? preferredLanguage = null) => Recognize(text, preferredLanguage, _rules);

    public Understanding Recognize(string text, string? preferredLanguage, CatalogVocabulary catalog) =>
        Recognize(text, preferredLanguage, catalog.Version == Guid.Empty ? _rules : RulesFor(catalog));

    private RuleBasedIntentRecognizer RulesFor(CatalogVocabulary catalog)
    {
        var current = _catalogRules;
        if (current?.Version == catalog.Version)
        {
            return current.Rules;
        }
        lock (_building)
        {
            current = _catalogRules;
            if (current?.Version != catalog.Version)
            {
                current = new CatalogRules(catalog.Version, new RuleBasedIntentRecognizer(catalog));
                _catalogRules = current;
            }
            return current.Rules;
        }
    }

    private sealed record CatalogRules(Guid Version, RuleBasedIntentRecognizer Rules);

    private Understanding Recognize(string text, string? preferredLanguage, RuleBasedIntentRecognizer rules)
    {
        var message = rules.Analyze(text);
        var language = LanguageDetector.Detect(message, preferredLanguage);
        if (message.Tokens.Count == 0)
        {
            return new Understanding(Intents.Unknown, 1.0, language, UnderstoodEntities.None);
        }

        var ruleScores = rules.Score(message);
        var predicted = _model.Predict(message);
        var combined = Blend(predicted, RuleProbabilities(ruleScores));
        var blended = Intents.All[Array.IndexOf(combined, combined.Max())];
        var intent = ApplyExactRules(blended, combined, ruleScores, message);
        if (intent == Intents.ShopInfo && ruleScores[Intents.ShopInfo] <= 0 && ModelProbability(predicted, Intents.ShopInfo) < ShopInfoByModelAlone)
        {
            // A question about the shop names what it asks about (shipping, returns, paying…); without any such word the
            // question shape alone ("wie kann ich …", "can i …") is more often help, browsing or something else.
            combined[IndexOf(Intents.ShopInfo)] = 0;
            intent = Intents.All[Array.IndexOf(combined, combined.Max())];
            blended = intent;
        }
        var confidence = intent == blended ? Calibrate(combined[IndexOf(intent)]) : ExactConfidence;
        // Only readings with some weight are offered as ways on; for gibberish none has, and the shop's defaults are shown.
        var likely = Enumerable.Range(0, combined.Length).Where(i => combined[i] >= LikelyAtLeast).OrderByDescending(i => combined[i])
            .Select(i => Intents.All[i]).Where(i => i != Intents.Unknown).Take(3).ToArray();
        return new Understanding(intent, Math.Round(Math.Clamp(confidence, 0, 1), 3), language,
            intent == Intents.Unknown ? UnderstoodEntities.None : rules.Extract(intent, message), likely);
    }

    /// <summary>The blended probability a reading needs to be suggested when the message was not understood.</summary>
    private const double LikelyAtLeast = 0.1;

    /// <summary>The classifier's certainty above which it may call a message a shop question the topic lists do not know.</summary>
    private const double ShopInfoByModelAlone = 0.9;

    private double ModelProbability(float[] model, string intent) => _labelIndex[IndexOf(intent)] is var i and >= 0 ? model[i] : 0;

    /// <summary>A rule that is exact (an order number, an opt-out word) is trusted as such.</summary>
    private const double ExactConfidence = 0.95;

    /// <summary>
    /// The blended probability is flat (the rules' softmax spreads its mass); a power maps it so that
    /// <see cref="Understanding.FallbackBelow"/> falls where, on the labelled dev sets, mistakes start to outnumber successes:
    /// a blended 0.35 becomes 0.5.
    /// </summary>
    private static double Calibrate(double p) => Math.Pow(p, Math.Log(0.5) / Math.Log(0.35));

    private double[] Blend(float[] model, double[] rules)
    {
        var w = _options.ModelWeight;
        var result = new double[Intents.All.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var m = _labelIndex[i] >= 0 ? model[_labelIndex[i]] : 0;
            result[i] = w * m + (1 - w) * rules[i];
        }
        return result;
    }

    /// <summary>Cue scores as a distribution: a softmax in which "unknown" scores the rules' own threshold.</summary>
    private double[] RuleProbabilities(Dictionary<string, double> scores)
    {
        var raw = Intents.All.Select(i => i == Intents.Unknown ? RuleBasedIntentRecognizer.UnknownThreshold : scores[i]).ToArray();
        var max = raw.Max();
        var exp = raw.Select(s => Math.Exp((s - max) / _options.RuleTemperature)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }

    private static string ApplyExactRules(string intent, double[] combined, Dictionary<string, double> ruleScores, MessageAnalysis message)
    {
        if (message.OrderNumber is not null && !message.HasProduct && !OrderIntents.Contains(intent) && intent != Intents.TalkToHuman)
        {
            // An order number names a placed order; whether to cancel it or ask about it, the blend decides.
            return combined[IndexOf(Intents.CancelOrder)] > combined[IndexOf(Intents.OrderStatus)] ? Intents.CancelOrder : Intents.OrderStatus;
        }
        if (OfferIntents.Contains(intent) && (ruleScores[Intents.Unsubscribe] >= 4.0 || RefusesOffers(message)))
        {
            return Intents.Unsubscribe; // "bitte vom newsletter abmelden", "keine angebote mehr": never read as an opt-in
        }
        return intent;
    }

    private static readonly string[] Refusals = ["nicht", "kein", "keine", "keinen", "nix", "nichts", "dont", "not", "no", "stop", "stopp", "never", "nie", "nimmer", "longer", "enough", "genug"];

    private static bool RefusesOffers(MessageAnalysis message) => Refusals.Any(message.Words.Contains);

    private static int IndexOf(string intent) => Intents.All.ToList().IndexOf(intent);
}

/// <summary>How the model and the rules are weighed.</summary>
/// <param name="ModelWeight">Share of the classifier's probability in the blend (the rest is the rules').</param>
/// <param name="RuleTemperature">Softness of the softmax over cue scores.</param>
public sealed record HybridOptions(double ModelWeight, double RuleTemperature)
{
    public static HybridOptions Default { get; } = new(0.4, 1.0);
}
