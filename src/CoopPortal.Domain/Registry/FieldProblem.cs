namespace CoopPortal.Domain.Registry;

/// <summary>A problem that stops a case from being submitted: the field it is about and a Persian message.</summary>
public sealed record FieldProblem(string Field, string Message);
