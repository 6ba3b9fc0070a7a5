using Commerce.Api.Http;
using Commerce.Application.Catalog.Import;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Endpoints;

internal static class ImportEndpoints
{
    public static RouteGroupBuilder MapImportEndpoint(this RouteGroupBuilder catalog)
    {
        catalog.MapPost("/import", Import)
            .WithName("ImportCatalog")
            .WithSummary("Upsert categories (by slug) and products (by SKU); all or nothing")
            // At most 16 MB (413 beyond). The body is bound by System.Text.Json's async deserializer straight from the
            // request stream (never buffered whole as a string or byte[]), and only after the API key was checked.
            .WithMetadata(new RequestSizeLimitAttribute(RequestLimits.ImportBodyBytes));
        return catalog;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> Import(ImportCatalog command, IMediator mediator, CancellationToken ct)
    {
        var report = await mediator.Send(command, ct);
        if (report.Succeeded)
            return TypedResults.Ok(report);

        var errors = report.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The import has invalid entries; nothing was imported.",
            detail: $"{report.Errors.Count} entr{(report.Errors.Count == 1 ? "y is" : "ies are")} invalid. Fix them and import the file again.",
            extensions: new Dictionary<string, object?> { ["code"] = "import_invalid", ["errors"] = errors, ["entries"] = report.Errors });
    }
}
