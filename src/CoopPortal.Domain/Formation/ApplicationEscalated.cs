using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// An application waited longer than the office's SLA without a decision and was marked escalated (once); the heads of
/// its province are told by the event's handler, in the same save as the mark.
/// </summary>
public sealed record ApplicationEscalated(FormationApplication Application, DateTime AtUtc) : IDomainEvent
{
    /// <summary>Whole days the application has waited since it was sent, at the escalation.</summary>
    public int DaysWaiting => Application.SubmittedAtUtc is { } sent ? (int)(AtUtc - sent).TotalDays : 0;
}
