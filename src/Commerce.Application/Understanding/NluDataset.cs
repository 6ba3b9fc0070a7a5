namespace Commerce.Application.Understanding;

/// <summary>One labelled message; empty label columns are null.</summary>
public sealed record NluExample(string Language, string Text, string Intent, string? Query, int? Quantity, string? OrderNumber, string? Topic = null);

/// <summary>Reads labelled TSV files with the columns lang, text, intent, query, quantity, orderNumber and, optionally, topic.</summary>
public static class NluDataset
{
    public static IReadOnlyList<NluExample> Load(string path) => Parse(File.ReadLines(path));

    public static IReadOnlyList<NluExample> Parse(IEnumerable<string> lines)
    {
        var examples = new List<NluExample>();
        var first = true;
        foreach (var line in lines)
        {
            if (first && line.StartsWith("lang\t", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue; // header
            }
            first = false;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                throw new FormatException($"Expected at least 3 tab-separated columns: '{line}'");
            }
            examples.Add(new NluExample(
                cols[0].Trim(),
                cols[1],
                cols[2].Trim(),
                Column(cols, 3),
                int.TryParse(Column(cols, 4), out var quantity) ? quantity : null,
                Column(cols, 5),
                Column(cols, 6)));
        }
        return examples;
    }

    private static string? Column(string[] cols, int index) =>
        index < cols.Length && !string.IsNullOrWhiteSpace(cols[index]) ? cols[index].Trim() : null;
}
