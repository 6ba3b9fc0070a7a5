namespace Commerce.Bench;

/// <summary>Tiny "--key value" parser; the first bare word is the mode.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public Args(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var key = args[i][2..];
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                _values[key] = hasValue ? args[++i] : "true";
            }
            else
            {
                Mode ??= args[i];
            }
        }
    }

    public string? Mode { get; }

    public string Text(string key, string fallback) => _values.TryGetValue(key, out var value) ? value : fallback;

    public string? Optional(string key) => _values.GetValueOrDefault(key);

    public string Required(string key) =>
        _values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required");

    public int Int(string key, int fallback) => _values.TryGetValue(key, out var value) ? int.Parse(value) : fallback;

    public double Double(string key, double fallback) =>
        _values.TryGetValue(key, out var value) ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string key, string fallback) =>
        Text(key, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();

    public bool Flag(string key) => _values.TryGetValue(key, out var value) && value != "false";
}
