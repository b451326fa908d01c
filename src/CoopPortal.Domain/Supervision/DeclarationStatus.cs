namespace CoopPortal.Domain.Supervision;

public enum DeclarationStatus
{
    Draft,
    Submitted,
    ReturnedForCorrection,
    Resubmitted,
    InspectionPlanned,
    Accepted,

    /// <summary>The planned visit took place and its findings are recorded; the office then accepts or sends back.</summary>
    Inspected,
}
