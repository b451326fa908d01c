namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>A cooperative that has not declared on time.</summary>
/// <param name="MissingYears">The fiscal years past their due date with no declaration sent, newest first.</param>
/// <param name="PossiblyDormant">No declaration for the last consecutive years the settings name (راکد؟).</param>
public sealed record ComplianceItem(
    Guid CooperativeId,
    string Name,
    string? RegistrationNumber,
    string County,
    IReadOnlyList<int> MissingYears,
    DateOnly OldestDueOn,
    bool PossiblyDormant,
    int? LastDeclaredYear);
