using System.Security.Claims;
using Commerce.Application.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.MerchantConsole;

/// <summary>
/// The merchant console: Razor Pages under /console, signed in with a cookie of its own scheme (the merchant API keeps
/// its API keys), a strict Content-Security-Policy and no caching of its pages.
/// </summary>
public static class ConsoleModule
{
    public const string Scheme = "Console";
    public const string Policy = "ConsoleStaff";
    public const string OwnerPolicy = "ConsoleOwner";
    public const string LanguageCookie = "console_lang";

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        // Pages show umlauts and other letters as they are, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Console", Policy);
            options.Conventions.AuthorizeFolder("/Console/Staff", OwnerPolicy);
            options.Conventions.AllowAnonymousToPage("/Console/Login");
        });
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.LoginPath = "/console/login";
            options.LogoutPath = "/console/logout";
            options.AccessDeniedPath = "/console/denied";
            options.Cookie.Name = "commerce_console";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/console";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = RejectRemovedStaffAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser())
            .AddPolicy(OwnerPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole("Owner"));
        return services;
    }

    /// <summary>The signed-in account as the console's cookie carries it.</summary>
    public static ClaimsPrincipal Principal(StaffUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        Scheme));

    /// <summary>A removed (or demoted) account loses its session at its next request.</summary>
    private static async Task RejectRemovedStaffAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = context.Principal?.FindFirstValue(ClaimTypes.Role);
        var accounts = context.HttpContext.RequestServices.GetRequiredService<StaffAccounts>();
        var current = Guid.TryParse(id, out var staffId) ? (await accounts.RoleOfAsync(staffId, context.HttpContext.RequestAborted))?.ToString() : null;
        if (current is null || current != role)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    /// <summary>Security headers for console pages: nothing runs or loads but our own files, nothing frames them.</summary>
    public static IApplicationBuilder UseConsoleHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/console"))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }

        await next();
    });

    public static WebApplication MapConsole(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapConsoleLive();
        // Shopper photos only for signed-in staff (the merchant API serves the same with its key).
        app.MapGet("/console/conversations/{id:guid}/photos/{photoId:long}", async Task<IResult> (Guid id, long photoId, MediatR.IMediator mediator, CancellationToken ct) =>
            {
                var photo = await mediator.Send(new Commerce.Application.Privacy.GetPhoto(id, photoId), ct);
                return photo.IsSuccess ? TypedResults.File(photo.Value.Content, photo.Value.ContentType) : TypedResults.NotFound();
            })
            .RequireAuthorization(Policy).ExcludeFromDescription();
        app.MapGet("/console/console.css", () => Results.Text(ConsoleStyle.Css, "text/css")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/console/lang", (string? to, string? back, HttpContext http) =>
        {
            var language = to == "en" ? "en" : "de";
            http.Response.Cookies.Append(LanguageCookie, language, new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith("/console", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/console");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Creates the owner account from configuration when the shop has none.</summary>
    public static async Task EnsureConsoleOwnerAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .EnsureOwnerAsync(app.Configuration["Console:Owner:Email"], app.Configuration["Console:Owner:Password"], CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // No database yet (or not migrated): the console owner is created at the next start.
            app.Logger.LogWarning("Console owner could not be checked: {Error}", exception.GetType().Name);
        }
    }
}
