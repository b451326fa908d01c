using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

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
