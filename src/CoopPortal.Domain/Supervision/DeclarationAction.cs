namespace CoopPortal.Domain.Supervision;

public enum DeclarationAction
{
    Submit,
    Resubmit,
    SendBack,
    PlanInspection,
    Accept,
    RecordInspection,
}
