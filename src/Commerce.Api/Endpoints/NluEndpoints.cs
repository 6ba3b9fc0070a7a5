using Commerce.Api.Http;
using Commerce.Application.Catalog;
using Commerce.Application.Understanding;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Api.Endpoints;

internal static class NluEndpoints
{
    public sealed record ParseRequest(string? Text = null, string? Lang = null);

    public sealed record ParsedEntities(string? Query, int? Quantity, string? OrderNumber, Guid? ProductId, string? Topic);

    public sealed record ParseResponse(string Intent, double Confidence, string Lang, ParsedEntities Entities);

    public static RouteGroupBuilder MapNluEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/nlu/parse", ParseAsync).WithTags("Understanding").WithName("ParseUtterance")
            .WithSummary("Recognise intent and entities of a shopper's message (German or English)");
        return api;
    }

    private static async Task<Results<Ok<ParseResponse>, ProblemHttpResult>> ParseAsync(
        ParseRequest body, IIntentRecognizer recognizer, ICatalogVocabularySource vocabulary, ProductLookup lookup, CancellationToken ct)
    {
        if (body.Text is null)
            return Domain.Common.Error.Validation("text", "The text is required.").ToProblem();
        if (body.Text.Length > WebChatEndpoints.MaxTextLength)
            return Domain.Common.Error.Validation("text", $"The text has at most {WebChatEndpoints.MaxTextLength} characters.").ToProblem();

        var catalog = await vocabulary.CurrentAsync(ct);
        var understood = recognizer.Recognize(body.Text, body.Lang is "de" or "en" ? body.Lang : null, catalog);
        Guid? productId = null;
        if (understood.Entities.Query is { Length: > 0 } query && understood.Intent is Intents.AddToCart or Intents.SearchProducts or Intents.RemoveFromCart)
        {
            var hits = await lookup.SearchAsync(query, understood.Language, 1, ct);
            productId = hits.Count > 0 ? hits[0].Id : null;
        }

        var entities = new ParsedEntities(understood.Entities.Query, understood.Entities.Quantity, understood.Entities.OrderNumber, productId, understood.Entities.Topic);
        return TypedResults.Ok(new ParseResponse(understood.Intent, Math.Round(understood.Confidence, 3), understood.Language, entities));
    }
}
