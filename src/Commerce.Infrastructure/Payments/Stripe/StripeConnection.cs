using Commerce.Application.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>How Stripe.net reaches Stripe: attempt timeout and network retries (Stripe.net's own).</summary>
public sealed class StripeNetworkOptions
{
    /// <summary>How long one attempt may take before Stripe.net counts it as a network failure (and retries it).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt. Stripe.net retries network failures, 409, 5xx and whatever
    /// <c>Stripe-Should-Retry</c> allows, with the same idempotency key every time.</summary>
    public int MaxNetworkRetries { get; set; } = 2;
}

/// <summary>
/// The one <see cref="IStripeClient"/> of the process: Stripe.net over an <see cref="HttpClient"/> from
/// <see cref="IHttpClientFactory"/>, pointed at <c>Payments:Stripe:ApiBaseUrl</c>. Stripe.net sends the secret key as
/// a bearer token and pins its own API version (<see cref="StripeConfiguration.ApiVersion"/>).
/// </summary>
public sealed class StripeConnection(IHttpClientFactory httpClients, IOptions<PaymentOptions> options, IOptions<StripeNetworkOptions> network)
{
    public const string HttpClientName = "Stripe";

    private readonly Lazy<IStripeClient> _client = new(() => Create(httpClients, options.Value.Stripe, network.Value));

    public IStripeClient Client => _client.Value;

    private static IStripeClient Create(IHttpClientFactory httpClients, StripeOptions stripe, StripeNetworkOptions network)
    {
        var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = network.AttemptTimeout;
        // Stripe.net's back-off between retries: 0.5 s doubled per attempt with jitter, at most 5 s.
        var transport = new SystemNetHttpClient(http, network.MaxNetworkRetries, appInfo: null, enableTelemetry: false);
        return new StripeClient(
            apiKey: stripe.SecretKey ?? "",
            httpClient: transport,
            apiBase: stripe.ApiBaseUrl.TrimEnd('/'));
    }
}
