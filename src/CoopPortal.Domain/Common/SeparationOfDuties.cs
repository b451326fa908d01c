namespace CoopPortal.Domain.Common;

/// <summary>
/// Nobody decides a case they filed or belong to, and where a workflow row says so (<see cref="Transition{TStatus,
/// TAction}.NotBy"/>), whoever took an earlier step may not take this one too (the reviewer who recommended an
/// application does not also approve it). The rule reads the case's workflow table, so a new kind of case gets it by
/// writing its table.
/// </summary>
public static class SeparationOfDuties
{
    public const string OwnCase = "این پرونده را خودتان ثبت کرده‌اید یا عضو آن هستید؛ تصمیم درباره آن با همکار دیگری است.";

    public const string EarlierStep = "گام پیشین همین پرونده را خودتان برداشته‌اید؛ این گام را باید همکار دیگری بردارد.";

    /// <summary>
    /// The Persian reason <paramref name="actor"/> may not take <paramref name="action"/> from <paramref name="from"/>,
    /// or null when separation of duties allows it. The owner's own actions (submit, withdraw) are never refused here.
    /// <paramref name="distinctSteps"/> turns the "not the same person twice" rows off (a configurable rule).
    /// </summary>
    public static string? Refusal<TStatus, TAction>(
        StateMachine<TStatus, TAction> workflow, TStatus from, TAction action, CaseActor actor, CaseParties parties, bool distinctSteps = true)
        where TStatus : struct, Enum
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(parties);
        var row = workflow.Find(from, action);
        if (row is null || row.Actor == CaseActors.Owner)
        {
            return null;
        }

        if (actor.UserId == parties.FiledByUserId
            || (!string.IsNullOrEmpty(actor.NationalCode) && parties.MemberNationalCodes.Contains(actor.NationalCode)))
        {
            return OwnCase;
        }

        if (distinctSteps && row.NotBy is { Count: > 0 } earlier)
        {
            foreach (var step in earlier)
            {
                var name = step.ToString();
                if (parties.Steps.LastOrDefault(s => s.Action == name)?.UserId == actor.UserId)
                {
                    return EarlierStep;
                }
            }
        }

        return null;
    }
}
