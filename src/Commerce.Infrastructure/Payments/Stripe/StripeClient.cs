using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// A small typed client over Stripe's REST API (https://docs.stripe.com/api). Authentication, the pinned
/// <c>Stripe-Version</c> and the base address are set where the client is registered (<see cref="PaymentsModule"/>),
/// so the secret key never passes through here. Answers are results: Stripe's errors
/// (https://docs.stripe.com/api/errors) become <see cref="PaymentErrors"/>, never exceptions.
/// </summary>
public sealed class StripeClient(HttpClient http, StripeRetryPolicy retry, ILogger<StripeClient> logger)
{
    public const string HttpClientName = "Stripe";

    /// <summary>https://docs.stripe.com/api/checkout/sessions/create</summary>
    public Task<Result<StripeCheckoutSession>> CreateCheckoutSessionAsync(
        StripeForm form, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<StripeCheckoutSession>("v1/checkout/sessions", form, idempotencyKey, cancellationToken);

    /// <summary>https://docs.stripe.com/api/checkout/sessions/expire</summary>
    public Task<Result<StripeCheckoutSession>> ExpireCheckoutSessionAsync(
        string sessionId, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<StripeCheckoutSession>(
            $"v1/checkout/sessions/{Uri.EscapeDataString(sessionId)}/expire", new StripeForm(), idempotencyKey, cancellationToken);

    /// <summary>https://docs.stripe.com/api/checkout/sessions/retrieve</summary>
    public Task<Result<StripeCheckoutSession>> GetCheckoutSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        GetAsync<StripeCheckoutSession>($"v1/checkout/sessions/{Uri.EscapeDataString(sessionId)}", cancellationToken);

    /// <summary>https://docs.stripe.com/api/refunds/create</summary>
    public Task<Result<StripeRefund>> CreateRefundAsync(StripeForm form, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<StripeRefund>("v1/refunds", form, idempotencyKey, cancellationToken);

    /// <summary>
    /// Every POST carries an <c>Idempotency-Key</c> (https://docs.stripe.com/api/idempotent_requests): the caller
    /// derives it from what is being done, and every retry of this call reuses it.
    /// </summary>
    public Task<Result<T>> PostAsync<T>(string path, StripeForm form, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return SendAsync<T>(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form.ToContent() };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return request;
        }, cancellationToken);
    }

    public Task<Result<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    private async Task<Result<T>> SendAsync<T>(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            // A request message can be sent only once, so every attempt builds its own (with the same key).
            response = await retry.Pipeline.ExecuteAsync(async token =>
            {
                using var request = createRequest();
                return await http.SendAsync(request, token);
            }, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("Stripe could not be reached: {Reason}", exception.HttpRequestError);
            return PaymentErrors.ProviderUnavailable("Stripe could not be reached.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Stripe did not answer in time");
            return PaymentErrors.ProviderUnavailable("Stripe did not answer in time.");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
                return await ToErrorAsync(response, cancellationToken);

            try
            {
                var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken);
                return value is null ? UnexpectedBody() : Result<T>.Success(value);
            }
            catch (JsonException)
            {
                return UnexpectedBody();
            }
        }
    }

    private static Error UnexpectedBody() => PaymentErrors.ProviderUnavailable("Stripe answered with an unexpected body.");

    private async Task<Error> ToErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        StripeErrorBody? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<StripeErrorEnvelope>(cancellationToken))?.Error;
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, for instance: the status code alone decides.
        }

        var status = (int)response.StatusCode;
        var requestId = response.Headers.TryGetValues("Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        // Type, code and request id identify the failure for Stripe's support; the request itself stays out of logs.
        logger.LogWarning(
            "Stripe answered {Status} ({ErrorType}/{ErrorCode}), request {RequestId}", status, error?.Type, error?.Code, requestId);

        var detail = Describe(error, status);
        // Stripe's own failures, rate limits and whatever it would let us retry are "try again later" once the
        // retries are spent; a rejected key (401/403) is our configuration, not the shopper's input.
        return status is 401 or 403 or 429 or >= 500 || StripeRetryPolicy.ShouldRetry(response)
            ? PaymentErrors.ProviderUnavailable(detail)
            : PaymentErrors.ProviderRejected(detail);
    }

    private static string Describe(StripeErrorBody? error, int status)
    {
        if (error is null)
            return $"Stripe answered {status}.";

        var code = error.DeclineCode ?? error.Code;
        var parts = new List<string> { error.Message ?? $"Stripe answered {status}." };
        if (error.Type is not null || code is not null)
            parts.Add($"({string.Join('/', new[] { error.Type, code }.Where(part => part is not null))})");
        if (error.Param is not null)
            parts.Add($"[param {error.Param}]");
        return string.Join(' ', parts);
    }
}
