using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>
/// A candidacy as the candidate, the cooperative's managers and the office see it: the post, the documents, the status
/// and reason, the eligibility findings (as the office decided on them, or the rules run now while it waits), the
/// history, and the steps open to the caller (<paramref name="Actions"/>).
/// </summary>
public sealed record CandidacyView(
    Guid Id,
    Guid AssemblyId,
    string CooperativeName,
    string FullName,
    string NationalCode,
    OfficerRole Post,
    CandidacyStatus Status,
    IReadOnlyList<AttachedFile> Files,
    IReadOnlyList<CandidateFileKind> RequiredFiles,
    IReadOnlyList<EligibilityFinding> Findings,
    string? DecisionReason,
    IReadOnlyList<CaseEventView> History,
    bool IsCandidate,
    IReadOnlySet<CandidacyAction> Actions);
