namespace CoopPortal.Domain.Common;

/// <summary>
/// One row of a case's workflow table: from a status, an action taken by <see cref="Actor"/> (a role, or
/// <see cref="CaseActors.Owner"/> for whoever filed the case) leads to a status. <see cref="ShownToApplicant"/> says
/// whether the step appears in the applicant's (or manager's) timeline; <see cref="NotBy"/> names earlier actions whose
/// taker may not take this one (separation of duties, e.g. whoever recommended may not also approve).
/// </summary>
public sealed record Transition<TStatus, TAction>(
    TStatus From, TAction Action, TStatus To, string Actor, bool ShownToApplicant = true, IReadOnlyList<TAction>? NotBy = null)
    where TStatus : struct, Enum
    where TAction : struct, Enum;
