using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.Common;

/// <summary>A founding assembly as the applicant and the office see it.</summary>
public sealed record AssemblyView(
    Guid Id,
    Guid ApplicationId,
    string? TrackingCode,
    string CooperativeName,
    AssemblyStatus Status,
    DateOnly? HeldOn,
    long? CapitalPaid,
    long SubscribedCapital,
    long MinimumPaid,
    string? CompanyNationalId,
    IReadOnlyList<OfficerEntry> Officers,
    IReadOnlyList<AttachedFile> Files,
    IReadOnlyDictionary<string, string> Members,
    string? ReturnComment,
    IReadOnlyList<CaseEventView> History,
    IReadOnlyList<FieldProblem> Problems,
    bool IsApplicant,
    bool CanEdit,
    bool CanReview,
    Guid? CooperativeId,
    string? RegistrationNumber);
