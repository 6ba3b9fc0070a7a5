using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Commerce.Application.Understanding.Learned;

/// <summary>
/// A linear text classifier over character and word n-grams, trained with ML.NET from labelled lines
/// (lang, text, intent). Training is deterministic (fixed seed, one thread), so the same data gives the same model.
/// Thread-safe: prediction engines are pooled because ML.NET's are not.
/// </summary>
public sealed class IntentModel
{
    public const int Seed = 20261129;
    private static readonly Lazy<IntentModel> BuiltIn = new(TrainEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Stands for "this word names goods of the shop": the classifier learns where goods sit in a request, not which goods.</summary>
    private const string GoodsMarker = "xgoodsx";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly string[] _labels;
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

    private IntentModel(MLContext ml, ITransformer transformer, string[] labels)
    {
        _ml = ml;
        _transformer = transformer;
        _labels = labels;
    }

    /// <summary>
    /// The training lines' goods words act as their catalog, so they are read as a merchant's words are at run time
    /// (spelling fixes, goods marker) and no shop's goods need to be known in code.
    /// </summary>
    private static IntentModel TrainEmbedded()
    {
        var goods = EmbeddedProductWords();
        return Train(NluDataset.Parse(EmbeddedLines()), new RuleBasedIntentRecognizer(CatalogVocabulary.From(TrainingCatalog, goods, [])), goods);
    }

    /// <summary>The version of the training lines' catalog: any fixed value other than <see cref="Guid.Empty"/>.</summary>
    private static readonly Guid TrainingCatalog = new("5e0d7d2a-3c1b-4f7e-9a51-20261129a001");

    /// <summary>The model trained once per process from the training files embedded in this assembly (Understanding/Data).</summary>
    public static IntentModel Shared => BuiltIn.Value;

    /// <summary>Intent names in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Trains on labelled lines; <paramref name="analyzer"/> supplies the spelling fixes the classifier reads beside the words.</summary>
    /// <param name="goods">Words the training lines use for goods (folded); marked like a catalog's words are at run time.</param>
    public static IntentModel Train(IEnumerable<NluExample> examples, RuleBasedIntentRecognizer analyzer, IReadOnlySet<string> goods)
    {
        var ml = new MLContext(Seed);
        var rows = examples.Select(e => new Input { Text = Features(analyzer.Analyze(e.Text), goods), Label = e.Intent }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", options, nameof(Input.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
                L2Regularization = 1e-4f,
            }));
        var transformer = pipeline.Fit(data);

        var scoreColumn = transformer.GetOutputSchema(data.Schema)["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        scoreColumn.GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        return new IntentModel(ml, transformer, labels);
    }

    /// <summary>Probabilities per label (see <see cref="Labels"/>) for an analysed chat message.</summary>
    internal float[] Predict(MessageAnalysis message)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<Input, Output>(_transformer);
        }
        try
        {
            return engine.Predict(new Input { Text = Features(message, null), Label = "" }).Score.ToArray();
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// What the classifier reads: the folded words (umlauts as ae/oe/ue) with order numbers and counts replaced by
    /// placeholders so that "10431" and "10977" look alike, then the analyser's spelling fixes and compound parts
    /// ("warenkrob" → "warenkorb"), so a typo seen once in training is not needed for every word.
    /// </summary>
    internal static string Features(MessageAnalysis message, IReadOnlySet<string>? goods)
    {
        var words = new List<string>(message.Tokens.Count * 2);
        for (var i = 0; i < message.Tokens.Count; i++)
        {
            var norm = message.Tokens[i].Norm;
            words.Add(norm switch
            {
                _ when norm.Length >= 4 && norm.All(char.IsAsciiDigit) => "nnnn",
                _ when norm.All(char.IsAsciiDigit) => "nn",
                _ => norm,
            });
            if (message.IsProduct[i] || goods?.Contains(norm) == true)
            {
                words.Add(GoodsMarker);
            }
        }
        var seen = message.Tokens.Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        var extra = message.Words.Where(w => !seen.Contains(w) && !w.All(char.IsAsciiDigit)).Order(StringComparer.Ordinal);
        return string.Join(' ', words.Concat(extra));
    }

    /// <summary>The goods words of the generated training lines (Understanding/Data/training-products.txt), folded.</summary>
    public static IReadOnlySet<string> EmbeddedProductWords()
    {
        using var stream = typeof(IntentModel).Assembly.GetManifestResourceStream("Understanding.Data.training-products.txt")!;
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            foreach (var token in TextNormalizer.Tokenize(line))
            {
                words.Add(token.Norm);
            }
        }
        return words;
    }

    /// <summary>Every embedded training file (Understanding/Data/*.tsv), header lines included.</summary>
    public static IEnumerable<string> EmbeddedLines()
    {
        var assembly = typeof(IntentModel).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Understanding.Data.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
        }
    }

    private sealed class Input
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }
}
