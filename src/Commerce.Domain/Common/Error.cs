namespace Commerce.Domain.Common;

/// <summary>The kind of an expected business outcome that is not a success.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
}

/// <summary>An expected failure: a result, not an exception. <see cref="Field"/> names the input at fault.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, string? Field = null)
{
    public static Error Validation(string field, string message) => new(ErrorKind.Validation, "validation", message, field);

    public static Error NotFound(string what, object id) => new(ErrorKind.NotFound, "not_found", $"{what} '{id}' was not found.");

    public static Error Conflict(string code, string message, string? field = null) => new(ErrorKind.Conflict, code, message, field);
}
