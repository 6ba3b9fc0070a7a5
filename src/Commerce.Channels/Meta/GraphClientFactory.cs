using Microsoft.Extensions.Http;

namespace Commerce.Channels.Meta;

/// <summary>
/// Hands singletons (senders, the media fetcher) a fresh typed <see cref="GraphApiClient"/> per use, so handler
/// rotation of IHttpClientFactory still applies (a typed client captured by a singleton would pin one handler).
/// </summary>
public sealed class GraphClientFactory(IHttpClientFactory httpClients, ITypedHttpClientFactory<GraphApiClient> typed)
{
    public GraphApiClient Create() => typed.CreateClient(httpClients.CreateClient(nameof(GraphApiClient)));
}
