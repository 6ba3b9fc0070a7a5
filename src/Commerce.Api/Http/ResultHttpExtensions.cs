using Commerce.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Api.Http;

/// <summary>Turns expected business outcomes into HTTP answers: 400/404/409 ProblemDetails naming the field at fault.</summary>
public static class ResultHttpExtensions
{
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Error!.ToProblem();

    public static Results<NoContent, ProblemHttpResult> ToNoContent(this Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    public static ProblemHttpResult ToProblem(this Error error)
    {
        var (status, title) = error.Kind switch
        {
            ErrorKind.Validation => (StatusCodes.Status400BadRequest, "One or more validation errors occurred."),
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            _ => (StatusCodes.Status409Conflict, "Conflict."),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Field is not null)
            extensions["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Message] };
        return TypedResults.Problem(detail: error.Message, statusCode: status, title: title, extensions: extensions);
    }
}
