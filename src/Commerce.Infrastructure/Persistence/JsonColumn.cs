using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Stores a message (inbound or reply) as jsonb: it is written once and read whole, never queried by field.</summary>
internal sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    value => JsonSerializer.Serialize(value, JsonColumn.Options),
    json => JsonSerializer.Deserialize<T>(json, JsonColumn.Options)!)
    where T : class;

internal sealed class JsonColumnComparer<T>() : ValueComparer<T>(
    (a, b) => ReferenceEquals(a, b),
    value => value.GetHashCode(),
    value => value)
    where T : class;

internal static class JsonColumn
{
    // jsonb does not keep key order, so the "type" discriminator may come back after other properties.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    /// <summary>
    /// For inbox rows, written thousands of times a second: absent values are left out (they read back as null), which
    /// keeps each row and its WAL record smaller. Read with <see cref="Options"/>.
    /// </summary>
    public static readonly JsonSerializerOptions WithoutNulls = new(Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
