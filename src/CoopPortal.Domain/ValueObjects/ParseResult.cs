namespace CoopPortal.Domain.ValueObjects;

/// <summary>The outcome of parsing user input into a value object: the value, or a Persian message saying what is wrong.</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error)
    where T : struct
{
    public bool IsValid => Error is null && Value is not null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(null, error);
}
