using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Behaviours;

/// <summary>Logs the request type and its duration — never the request itself, which may hold personal data.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            logger.LogDebug("Handled {RequestType} in {ElapsedMs:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
