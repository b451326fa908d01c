namespace CoopPortal.Domain.Formation;

public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,
    NeedsCorrection,
}
