namespace CoopPortal.Application.Common.Results;

/// <summary>What went wrong with a use case, in a form the UI can show without guessing.</summary>
public enum ErrorKind
{
    None,
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>
/// The outcome of a use case. Validation errors carry a Persian message per field; NotFound is also what a caller gets
/// for a resource they may not see, so existence is never revealed.
/// </summary>
public class Result
{
    protected Result(ErrorKind kind, IReadOnlyDictionary<string, string[]> errors, string? message)
    {
        Kind = kind;
        Errors = errors;
        Message = message;
    }

    public ErrorKind Kind { get; }

    public bool Succeeded => Kind == ErrorKind.None;

    /// <summary>Field name to Persian messages. The empty key holds messages about the whole form.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>A Persian summary for the whole outcome.</summary>
    public string? Message { get; }

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Result Success() => new(ErrorKind.None, NoErrors, null);

    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ErrorKind.Validation, errors, "لطفاً خطاهای فرم را برطرف کنید.");

    public static Result NotFound() => new(ErrorKind.NotFound, NoErrors, "موردی که به دنبال آن بودید پیدا نشد.");

    public static Result Conflict(string message) => new(ErrorKind.Conflict, NoErrors, message);

    /// <summary>The caller may see the resource but not do this to it (e.g. a reviewer trying the head's approval).</summary>
    public static Result Forbidden(string message) => new(ErrorKind.Forbidden, NoErrors, message);
}

/// <summary>A <see cref="Result"/> that carries a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private Result(T? value, ErrorKind kind, IReadOnlyDictionary<string, string[]> errors, string? message)
        : base(kind, errors, message) => Value = value;

    public T? Value { get; }

    public static Result<T> Success(T value) => new(value, ErrorKind.None, new Dictionary<string, string[]>(), null);

    public static new Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(default, ErrorKind.Validation, errors, "لطفاً خطاهای فرم را برطرف کنید.");

    public static new Result<T> Conflict(string message) => new(default, ErrorKind.Conflict, new Dictionary<string, string[]>(), message);

    /// <summary>Carries a failed <see cref="Result"/> over to a typed one.</summary>
    public static Result<T> FailedAs(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Succeeded
            ? throw new ArgumentException("The result succeeded.", nameof(failure))
            : new(default, failure.Kind, failure.Errors, failure.Message);
    }

    public static new Result<T> NotFound() => new(default, ErrorKind.NotFound, new Dictionary<string, string[]>(), "موردی که به دنبال آن بودید پیدا نشد.");
}
