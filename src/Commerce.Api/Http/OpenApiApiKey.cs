using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Commerce.Api.Http;

/// <summary>Declares the X-Api-Key scheme in the OpenAPI document and requires it on the merchant routes.</summary>
internal static class OpenApiApiKey
{
    public static OpenApiOptions AddApiKeySecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                In = ParameterLocation.Header,
                Description = "Merchant API key (configuration Merchant:ApiKeys).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
                });
            }

            return Task.CompletedTask;
        });
        return options;
    }
}
