using System.Text.Json;
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
}
