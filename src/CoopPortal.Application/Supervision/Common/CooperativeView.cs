using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>A cooperative's registry card, with its status and status history (newest first).</summary>
public sealed record CooperativeView(
    Guid Id,
    string Name,
    string? RegistrationNumber,
    string? CompanyNationalId,
    DateTime RegisteredAtUtc,
    string Province,
    string County,
    string ActivityType,
    int? MembersCount,
    long? Capital,
    string Source,
    IReadOnlyList<OfficerEntry> Officers,
    IReadOnlyList<PastOfficerLine> PastOfficers,
    IReadOnlyList<string> Managers,
    IReadOnlyList<CooperativeDeclarationLine> Declarations,
    IReadOnlyList<int> YearsToStart,
    bool IsManager,
    CooperativeStatus Status = CooperativeStatus.Active,
    IReadOnlyList<CooperativeStatusLine>? StatusHistory = null);
