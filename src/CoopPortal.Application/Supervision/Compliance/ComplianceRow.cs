using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// What the list needs of one overdue cooperative: the newest <paramref name="Required"/> years of the window are owed;
/// <paramref name="PossiblyDormant"/> when every year of the window is owed and none was sent;
/// <paramref name="OrdinaryAssemblyHeldOn"/> the day of the list's fiscal year's ordinary assembly the portal recorded;
/// <paramref name="Status"/> where the cooperative stands in its life (a dissolved one is never possibly dormant).
/// </summary>
public sealed record ComplianceRow(
    Guid Id, string Name, string? RegistrationNumber, int? CountyId, int Required, bool PossiblyDormant, int? LastDeclaredYear, DateOnly? OrdinaryAssemblyHeldOn = null,
    CooperativeStatus Status = CooperativeStatus.Active);
