using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Commerce.Channels.Meta;

/// <summary>Tolerant readers for Meta's webhook JSON: a missing or oddly typed field is absent, never an exception.</summary>
internal static class MetaJson
{
    public static string? Str(this JsonElement element, string name) =>
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

    public static IEnumerable<JsonElement> Arr(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static bool Flag(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Messenger timestamps are Unix milliseconds; WhatsApp's are Unix seconds as strings.</summary>
    public static DateTimeOffset Time(string? value, bool milliseconds, DateTimeOffset fallback) =>
        long.TryParse(value, out var number)
            ? milliseconds ? UnixTime.FromMilliseconds(number, fallback) : UnixTime.FromSeconds(number, fallback)
            : fallback;

    /// <summary>A stable id for events the platform gives none (older postbacks): same event, same id.</summary>
    public static string SyntheticId(params string?[] parts) =>
        "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..40];
}
