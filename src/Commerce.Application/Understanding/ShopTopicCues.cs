namespace Commerce.Application.Understanding;

/// <summary>A topic cue fires when all its terms occur in the message (see <see cref="Cue"/> for the term syntax).</summary>
internal sealed record TopicCue(string Topic, double Weight, string[] Terms);

/// <summary>How much a message reads as a question about the shop, and about which of the <see cref="ShopTopics"/>.</summary>
internal sealed record TopicReading(string? Topic, double Score, bool AsksAboutPaying)
{
    public static TopicReading None { get; } = new(null, 0, false);
}

/// <summary>
/// Questions about the shop (<see cref="Intents.ShopInfo"/>) and their topic, read from the word lists in
/// <c>Understanding/Data/shop-topics.txt</c>: edit that file to teach the bot another way of asking.
/// </summary>
internal static class ShopTopicCues
{
    /// <summary>Evidence above this adds nothing: many shipping words are not more of a question than a few.</summary>
    private const double MaxScore = 6.5;
    private const double PaymentQuestion = 5.0;
    private const double PaymentMethodAlone = 2.5;
    private const double OwnOrderFactor = 0.35;

    private static readonly Lists Data = Load();

    public static IReadOnlyList<TopicCue> Cues => Data.Cues;

    /// <summary>Every term of the lists, for the spelling correction and as words that are never goods.</summary>
    public static IEnumerable<string> Terms =>
        Data.Cues.SelectMany(c => c.Terms).Concat(Data.Methods.SelectMany(t => t)).Concat(Data.Ask.SelectMany(t => t))
            .Concat(Data.Now.SelectMany(t => t)).Concat(Data.Own.SelectMany(t => t)).Distinct();

    public static TopicReading Read(MessageAnalysis message)
    {
        var scores = ShopTopics.All.ToDictionary(t => t, _ => 0.0, StringComparer.Ordinal);
        foreach (var cue in Data.Cues)
        {
            if (cue.Terms.All(message.Matches))
                scores[cue.Topic] += cue.Weight;
        }

        var method = AnyOf(Data.Methods, message);
        var now = AnyOf(Data.Now, message);
        var asksAboutPaying = method && !now && AnyOf(Data.Ask, message);
        if (asksAboutPaying)
            scores[ShopTopics.Payment] += PaymentQuestion; // "kann ich mit paypal zahlen", "do you take apple pay"
        else if (method && !now)
            scores[ShopTopics.Payment] += PaymentMethodAlone; // "paypal?"

        var (topic, score) = scores.MaxBy(kv => kv.Value);
        if (score <= 0)
            return TopicReading.None;
        if ((topic is ShopTopics.Shipping or ShopTopics.Delivery || topic == ShopTopics.Payment && !asksAboutPaying) && AnyOf(Data.Own, message))
            score *= OwnOrderFactor; // "wie lange dauert meine lieferung noch", "wo ist meine rechnung" ask about an order
        return new TopicReading(topic, Math.Min(score, MaxScore), asksAboutPaying);
    }

    private static bool AnyOf(IReadOnlyList<string[]> terms, MessageAnalysis message) => terms.Any(t => t.All(message.Matches));

    private sealed record Lists(List<TopicCue> Cues, List<string[]> Methods, List<string[]> Ask, List<string[]> Now, List<string[]> Own);

    private static Lists Load()
    {
        var lists = new Lists([], [], [], [], []);
        using var stream = typeof(ShopTopicCues).Assembly.GetManifestResourceStream("Understanding.Data.shop-topics.txt")
            ?? throw new InvalidOperationException("Understanding/Data/shop-topics.txt is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            var fields = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields[0].StartsWith('@'))
            {
                var terms = Split(line[(line.IndexOf(fields[0], StringComparison.Ordinal) + fields[0].Length)..]);
                (fields[0] switch
                {
                    "@method" => lists.Methods,
                    "@ask" => lists.Ask,
                    "@now" => lists.Now,
                    "@own" => lists.Own,
                    _ => throw new FormatException($"shop-topics.txt: unknown list '{fields[0]}'."),
                }).AddRange(terms);
                continue;
            }
            if (fields.Length < 3 || !ShopTopics.All.Contains(fields[0])
                || !double.TryParse(fields[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"shop-topics.txt: expected '<topic> <weight> <terms>': '{line}'");
            lists.Cues.AddRange(Split(fields[2]).Select(t => new TopicCue(fields[0], weight, t)));
        }
        return lists;
    }

    private static IEnumerable<string[]> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(term => term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Fold).ToArray());
}
