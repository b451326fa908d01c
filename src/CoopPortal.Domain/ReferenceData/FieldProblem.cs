namespace CoopPortal.Domain.ReferenceData;

/// <summary>One problem with an administrator's reference-data entry: the field it concerns and a Persian message.</summary>
public sealed record FieldProblem(string Field, string Message);
