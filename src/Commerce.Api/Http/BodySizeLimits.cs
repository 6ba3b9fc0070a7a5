using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Commerce.Api.Http;

internal static class BodySizeLimits
{
    /// <summary>
    /// Applies the endpoint's own limit (RequestSizeLimitAttribute, e.g. the catalog import) or the default,
    /// and refuses a declared Content-Length over it before anything reads the body — also under
    /// hosts without Kestrel's limit, such as the test server.
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? RequestLimits.DefaultBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;

        if (context.Request.ContentLength > limit)
        {
            await TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request body is too large.",
                    detail: $"This endpoint accepts at most {limit / 1024} KB.")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
