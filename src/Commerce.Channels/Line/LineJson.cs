using System.Text.Json;

namespace Commerce.Channels.Line;

/// <summary>Tolerant readers for LINE's webhook JSON: a missing or oddly typed field is absent, never an exception.</summary>
internal static class LineJson
{
    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A string or a number as its text (LINE's ids are strings; a number there is still the same id).</summary>
    public static string? Id(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
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
