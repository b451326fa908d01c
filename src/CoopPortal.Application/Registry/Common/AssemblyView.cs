using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.Common;

/// <summary>
/// A founding assembly as the applicant and the office see it; <paramref name="Decisions"/> are the workflow table's
/// actions open to the caller now (empty for the applicant).
/// </summary>
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
    IReadOnlySet<AssemblyAction> Decisions,
    Guid? CooperativeId,
    string? RegistrationNumber)
{
    /// <summary>True when the workflow table offers the caller a decision now (<see cref="Decisions"/> is not empty).</summary>
    public bool CanReview => Decisions.Count > 0;
}
