using System.Text.Json;
using System.Text.Json.Serialization;
using Commerce.Application.Messaging;

namespace Commerce.Api.Http;

/// <summary>
/// Request text our database could not store (U+0000) is refused where it enters, as a 400 naming the field, before
/// any use case runs: in JSON bodies (this converter: the serializer's error names the field) and in query strings
/// (<see cref="RejectUnstorableQuery"/>).
/// </summary>
internal sealed class StorableStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return StoredText.IsUnstorable(value)
            ? throw new JsonException("The text contains a NUL character (U+0000), which cannot be stored.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal static class RejectUnstorableQuery
{
    public static IApplicationBuilder UseStorableQueryStrings(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (!StoredText.IsUnstorable(name) && !values.Any(StoredText.IsUnstorable))
                continue;
            var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [StoredText.Clean(name)] = ["The value contains a NUL character (U+0000), which cannot be stored."],
            })
            { Status = StatusCodes.Status400BadRequest };
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    });
}
