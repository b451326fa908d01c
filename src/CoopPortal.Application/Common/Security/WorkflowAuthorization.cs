using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Common.Security;

/// <summary>
/// Reads a case's workflow table for a person: which actions it offers them, and why it refuses one. The table says
/// who may act (a role, the case's owner, or any of the office's staff); <see cref="SeparationOfDuties"/> keeps
/// people from deciding cases they filed or belong to. The use cases check with <see cref="Refusal"/>, the pages
/// offer <see cref="OpenActions"/>: the same rows, so a page never offers what would be refused. A head step (actor
/// <see cref="Roles.HeadOfOffice"/>) is a county office head's only when <see cref="OfficeRules"/> gives it to them
/// (<see cref="ICurrentUser.TakesHeadSteps"/>); by default it goes up to the provincial head.
/// </summary>
public static class WorkflowAuthorization
{
    /// <summary>The refusal a county office's head gets for a head step the offices' rule leaves to the province.</summary>
    public const string ProvinceHeadDecides = "این تصمیم در پرونده‌های شهرستان با مدیر امور تعاونی استان است (قاعده‌ی تصمیم‌های اداره شهرستان).";

    /// <summary>
    /// True when the person acts as <paramref name="actor"/> of a table row; <paramref name="isAssignee"/> says the
    /// person is the staff member assigned to the case (a general assembly's observer), who alone acts as
    /// <see cref="CaseActors.Assignee"/>.
    /// </summary>
    public static bool ActsAs(ICurrentUser user, string actor, bool isOwner, bool isAssignee = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && actor switch
        {
            CaseActors.Owner => isOwner,
            CaseActors.Assignee => isAssignee,
            CaseActors.Office => user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice),
            Roles.HeadOfOffice => user.IsInRole(Roles.HeadOfOffice) && user.TakesHeadSteps,
            _ => user.IsInRole(actor),
        };
    }

    /// <summary>
    /// The person as separation of duties sees them: with the national code they claim, proven or not (a conflict of
    /// interest is kept out on the claim alone).
    /// </summary>
    public static CaseActor ActorOf(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new CaseActor(user.UserId ?? string.Empty, user.ClaimedNationalCode);
    }

    /// <summary>
    /// Why the person may not take <paramref name="action"/> on a case in <paramref name="from"/>: the Persian refusal
    /// <paramref name="roleRefusal"/> gives for the actor they are not, or separation of duties; null when the table
    /// lets them (the aggregate still refuses a step its status does not allow, with its own reason).
    /// </summary>
    public static string? Refusal<TStatus, TAction>(
        StateMachine<TStatus, TAction> workflow, TStatus from, TAction action, ICurrentUser user, bool isOwner, CaseParties parties,
        Func<string, string> roleRefusal, bool distinctSteps = true, bool isAssignee = false)
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(roleRefusal);
        // From a status the table has no row for, the action's actors anywhere in the table say whose it is.
        var actors = workflow.Find(from, action) is { } row
            ? [row.Actor]
            : workflow.Transitions.Where(t => EqualityComparer<TAction>.Default.Equals(t.Action, action)).Select(t => t.Actor).Distinct().ToList();
        if (actors.Count > 0 && !actors.Any(a => ActsAs(user, a, isOwner, isAssignee)))
        {
            return actors.Contains(Roles.HeadOfOffice) && user.IsInRole(Roles.HeadOfOffice) && !user.TakesHeadSteps
                ? ProvinceHeadDecides
                : roleRefusal(actors[0]);
        }

        return SeparationOfDuties.Refusal(workflow, from, action, ActorOf(user), parties, distinctSteps);
    }

    /// <summary>The actions the table offers the person from the case's status, separation of duties applied.</summary>
    public static IReadOnlyList<TAction> OpenActions<TStatus, TAction>(
        StateMachine<TStatus, TAction> workflow, TStatus from, ICurrentUser user, bool isOwner, CaseParties parties, bool distinctSteps = true, bool isAssignee = false)
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.ActionsFrom(from, actor => ActsAs(user, actor, isOwner, isAssignee))
            .Where(action => SeparationOfDuties.Refusal(workflow, from, action, ActorOf(user), parties, distinctSteps) is null)
            .ToList();
    }
}
