using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Http;

public sealed class MerchantOptions
{
    /// <summary>Plain keys from configuration; only their SHA-256 hashes are kept in memory.</summary>
    public List<string> ApiKeys { get; set; } = [];
}

/// <summary>The configured merchant keys as SHA-256 hashes, compared in constant time.</summary>
internal sealed class MerchantApiKeys(IOptions<MerchantOptions> options)
{
    private readonly byte[][] _keyHashes = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Hash).ToArray();

    public bool Matches(string presented)
    {
        var hash = Hash(presented);
        var match = false;
        foreach (var known in _keyHashes)
            match |= CryptographicOperations.FixedTimeEquals(known, hash);
        return match;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

/// <summary>
/// Guards the merchant API: the X-Api-Key header must match a configured key. It runs as authentication +
/// authorization middleware, before the endpoint binds its body, so an unauthenticated request is answered 401
/// without its body being read (no 16 MB import held in memory, no field names told to strangers).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(MerchantApiKeys keys) : IAuthenticationHandler
{
    public const string SchemeName = "ApiKey";
    public const string PolicyName = "Merchant";
    public const string HeaderName = "X-Api-Key";

    private static readonly ClaimsPrincipal Merchant = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "merchant")], SchemeName));

    private HttpContext _context = null!;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _context = context;
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync()
    {
        var presented = _context.Request.Headers[HeaderName].ToString();
        return Task.FromResult(presented.Length > 0 && keys.Matches(presented)
            ? AuthenticateResult.Success(new AuthenticationTicket(Merchant, SchemeName))
            : AuthenticateResult.NoResult());
    }

    // Implemented directly rather than on AuthenticationHandler<T>, which logs every refusal at Information:
    // anyone without a key could fill the log one line per request.
    public Task ChallengeAsync(AuthenticationProperties? properties) =>
        TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized.",
                detail: $"A valid {HeaderName} header is required.")
            .ExecuteAsync(_context);

    public Task ForbidAsync(AuthenticationProperties? properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.").ExecuteAsync(_context);
}

internal static class ApiKeyAuthentication
{
    public static IServiceCollection AddMerchantApiKeyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MerchantOptions>(configuration.GetSection("Merchant"));
        services.AddSingleton<MerchantApiKeys>();
        // No default scheme: only the merchant policy asks for the key, other routes never run the handler.
        services.AddAuthentication(options => options.AddScheme<ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null));
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthenticationHandler.PolicyName, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
        return services;
    }
}
