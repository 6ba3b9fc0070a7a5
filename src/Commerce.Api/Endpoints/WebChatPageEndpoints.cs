using Microsoft.AspNetCore.StaticFiles;

namespace Commerce.Api.Endpoints;

/// <summary>Serves the shopper-facing web chat page (<c>/chat</c>) and its assets (<c>/chat/{file}</c>).</summary>
internal static class WebChatPageEndpoints
{
    private const string PageFile = "chat.html";

    // The page is tiny and changes with every deploy: always revalidate (ETag/Last-Modified keep that cheap).
    private const string CacheControl = "no-cache";

    // Server text is rendered with textContent, but a strict policy also stops anything that slips through.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "WebChat");

        app.MapGet("/chat", (HttpContext http) =>
                // Assets are referenced relative to /chat, so the trailing-slash form would resolve them wrongly.
                http.Request.Path.Value?.EndsWith('/') == true
                    ? (IResult)TypedResults.Redirect($"{http.Request.PathBase}/chat")
                    : Serve(http, root, PageFile))
            .WithName("WebChatPage")
            .ExcludeFromDescription();

        app.MapGet("/chat/{file}", (string file, HttpContext http) => Serve(http, root, file))
            .WithName("WebChatAsset")
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext http, string root, string file)
    {
        // Only plain file names from the WebChat folder: no sub-paths, no traversal, no hidden files.
        if (file.StartsWith('.') || file.IndexOfAny(['/', '\\']) >= 0 || !ContentTypes.TryGetContentType(file, out var contentType))
            return TypedResults.NotFound();
        var path = Path.Combine(root, file);
        if (!File.Exists(path))
            return TypedResults.NotFound();

        var headers = http.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.XContentTypeOptions = "nosniff";
        if (file == PageFile)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "same-origin";
        }
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            contentType += "; charset=utf-8";
        return TypedResults.PhysicalFile(path, contentType, lastModified: File.GetLastWriteTimeUtc(path), enableRangeProcessing: false);
    }
}
