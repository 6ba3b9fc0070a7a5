using Microsoft.Extensions.FileProviders;

namespace Commerce.Api.Startup;

internal static class DemoImages
{
    /// <summary>Serves the demo product pictures (ProductDto.Image paths such as images/snk-red.svg) under /images.</summary>
    public static WebApplication UseDemoImages(this WebApplication app)
    {
        var directory = Path.Combine(DemoCatalogSeeder.DemoDirectory, "images");
        if (!Directory.Exists(directory))
            return app;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            RequestPath = "/images",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        return app;
    }
}
