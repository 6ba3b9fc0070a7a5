using System.Text.Json;
using System.Text.RegularExpressions;

namespace Commerce.Channels.Line;

/// <summary>Tolerant readers for LINE's webhook JSON: a missing or oddly typed field is absent, never an exception.</summary>
internal static partial class LineJson
{
    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Text(value)
            : null;

    /// <summary>
    /// The string's value. A "\ud800" escape without its partner is valid JSON that .NET refuses to turn into a
    /// string; such escapes become U+FFFD, as the inbox would store them anyway.
    /// </summary>
    private static string Text(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            try
            {
                var raw = SurrogateEscape().Replace(value.GetRawText(), "\\ufffd");
                return JsonSerializer.Deserialize<string>(raw) ?? "";
            }
            catch (Exception exception) when (exception is InvalidOperationException or JsonException)
            {
                return "\ufffd";
            }
        }
    }

    [GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial Regex SurrogateEscape();

    /// <summary>A string or a number as its text (LINE's ids are strings; a number there is still the same id).</summary>
    public static string? Id(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => Text(value),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static JsonElement? Obj(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static bool Flag(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Unix milliseconds; anything a date cannot hold (or not a number at all) is the fallback.</summary>
    public static DateTimeOffset Millis(this JsonElement element, string name, DateTimeOffset fallback) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ms)
            ? UnixTime.FromMilliseconds(ms, fallback)
            : fallback;
}
