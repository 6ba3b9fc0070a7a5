using System.Text;
using Commerce.Api.Http;
using Commerce.Application.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Endpoints;

/// <summary>
/// Stripe's events: the signature is checked over the raw body before anything is parsed, and the event's effect
/// commits together with its id, so a redelivered event is acknowledged with no second effect.
/// </summary>
internal static class StripeWebhookEndpoints
{
    /// <summary>Stripe events are a few kilobytes; anything near this is not from Stripe.</summary>
    private const int MaxBodyBytes = 512 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/stripe", HandleAsync)
            .WithTags("Webhooks")
            .WithName("StripeWebhook")
            .WithSummary("Stripe events (Stripe-Signature verified, de-duplicated by event id)")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult, NotFound>> HandleAsync(
        HttpRequest request, StripeWebhook webhook, IServiceScopeFactory scopes, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!webhook.IsConfigured)
            return TypedResults.NotFound();
        var body = await RawBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");

        string json;
        try
        {
            json = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Domain.Common.Error.Validation("body", "The body is not UTF-8.").ToProblem();
        }

        var parsed = webhook.Read(json, request.Headers[StripeWebhook.HeaderName]);
        if (!parsed.IsSuccess)
            return parsed.Error!.ToProblem();

        var outcome = await PaymentEvents.ApplyAsync(scopes, parsed.Value, ct);
        loggers.CreateLogger("Commerce.Webhooks.Stripe").LogInformation("Stripe event {EventId} ({Kind}): {Outcome}", parsed.Value.EventId, parsed.Value.Kind, outcome);
        if (outcome == PaymentEventOutcome.RetryLater)
        {
            // Stripe redelivers on any non-2xx answer, with back-off, for up to three days.
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The payment provider could not be reached; deliver the event again later.");
        }

        return TypedResults.Ok(new WebhookAnswer(outcome.ToString()));
    }

    public sealed record WebhookAnswer(string Outcome);
}
