using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Infrastructure.Persistence.Providers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Http;

/// <summary>The one place unexpected and framework-raised failures become ProblemDetails.</summary>
internal sealed partial class ExceptionHandler(IProblemDetailsService problemDetails, ILogger<ExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            DbUpdateException update when DatabaseErrors.IsUniqueViolation(update) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict.",
                Detail = "Another request created the same key (e.g. SKU or slug) meanwhile.",
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict.",
                Detail = "The resource was changed by someone else meanwhile. Reload it and try again.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when DatabaseErrors.IsUnavailable(exception) => Unavailable(httpContext),
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };

        if (problem is null)
            return true;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            logger.LogWarning("Database unavailable for {Method} {Path}: {Error}", httpContext.Request.Method, LogPaths.Redact(httpContext.Request.Path), exception.GetType().Name);
        else if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, LogPaths.Redact(httpContext.Request.Path));

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// The database is away (restarting, failing over, unreachable): nothing was stored, so the caller is told to come
    /// back — platforms redeliver on 503, and the web chat page retries — instead of a 500 that reads as our bug.
    /// </summary>
    private static ProblemDetails Unavailable(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "5";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Temporarily unavailable.",
            Detail = "The shop's database cannot be reached right now; nothing was stored. Try again shortly.",
        };
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new ProblemDetails { Status = bad.StatusCode, Title = "The request body is too large.", Detail = bad.Message };
        var problem = new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message };
        if (bad.InnerException is JsonException)
            problem.Detail = "The body is not valid JSON of the expected shape.";
        // The serializer's message names the member at fault (a missing required field, a wrong type); it holds no request data.
        if (bad.InnerException is JsonException json)
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [JsonField(json)] = [json.Message] };
        return problem;
    }

    private static string JsonField(JsonException json)
    {
        // "…missing required properties including: 'name'." names the field only in the message.
        var missing = MissingProperty().Match(json.Message);
        var path = json.Path is null or "$" ? "" : json.Path.TrimStart('$', '.');
        if (missing.Success)
            return path.Length == 0 ? missing.Groups[1].Value : $"{path}.{missing.Groups[1].Value}";
        return path.Length == 0 ? "$" : path;
    }

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperty();
}
