using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
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
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, MerchantApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string PolicyName = "Merchant";
    public const string HeaderName = "X-Api-Key";

    private static readonly ClaimsPrincipal Merchant = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "merchant")], SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
            return Task.FromResult(AuthenticateResult.NoResult());
        return Task.FromResult(keys.Matches(presented)
            ? AuthenticateResult.Success(new AuthenticationTicket(Merchant, SchemeName))
            : AuthenticateResult.Fail("The API key does not match."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized.",
                detail: $"A valid {HeaderName} header is required.")
            .ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.").ExecuteAsync(Context);
}

internal static class ApiKeyAuthentication
{
    public static IServiceCollection AddMerchantApiKeyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MerchantOptions>(configuration.GetSection("Merchant"));
        services.AddSingleton<MerchantApiKeys>();
        // No default scheme: only the merchant policy asks for the key, other routes never run the handler.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthenticationHandler.PolicyName, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
        return services;
    }
}
