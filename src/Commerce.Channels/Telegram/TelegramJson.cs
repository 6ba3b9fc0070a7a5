using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Channels.Telegram;

internal static class TelegramJson
{
    /// <summary>The Bot API names every field in snake_case and treats absent optional fields as unset.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
