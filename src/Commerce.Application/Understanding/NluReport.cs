namespace Commerce.Application.Understanding;

public sealed record IntentMetrics(string Intent, int Support, double Precision, double Recall, double F1);

public sealed record Confusion(string Expected, string Predicted, int Count, IReadOnlyList<string> Examples);

/// <summary>Quality of a recogniser on a labelled set. Entity rates are over the examples that carry (or should carry) that entity.</summary>
public sealed record NluReport(
    int Total,
    double Accuracy,
    double MacroF1,
    double LanguageAccuracy,
    double QueryExactMatch,
    double QuantityExactMatch,
    double OrderNumberExactMatch,
    IReadOnlyList<IntentMetrics> PerIntent,
    IReadOnlyList<Confusion> Confusions,
    IReadOnlyList<string> QueryMismatches,
    IReadOnlyList<string> EntityMismatches,
    double MillisecondsPerCall,
    double P95Milliseconds,
    FallbackRates Fallback,
    double TopicExactMatch = 1);

/// <summary>How often the dialogue's low-confidence fallback (suggestions instead of acting) would fire.</summary>
/// <param name="OnMistakes">Share of wrongly recognised messages whose confidence is below the threshold (higher is better).</param>
/// <param name="OnSuccesses">Share of rightly recognised messages below it (lower is better).</param>
public sealed record FallbackRates(double Threshold, double OnMistakes, double OnSuccesses);
