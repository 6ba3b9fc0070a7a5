using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Http;

public sealed class MerchantOptions
{
    /// <summary>Plain keys from configuration; only their SHA-256 hashes are kept in memory.</summary>
    public List<string> ApiKeys { get; set; } = [];
}

/// <summary>Guards the merchant API: the X-Api-Key header must match a configured key, compared as hashes in constant time.</summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[][] _keyHashes;

    public ApiKeyFilter(IOptions<MerchantOptions> options) =>
        _keyHashes = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Hash).ToArray();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (presented.Length == 0 || !Matches(Hash(presented)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized.",
                detail: $"A valid {HeaderName} header is required.");
        }

        return await next(context);
    }

    private bool Matches(byte[] hash)
    {
        var match = false;
        foreach (var known in _keyHashes)
            match |= CryptographicOperations.FixedTimeEquals(known, hash);
        return match;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
