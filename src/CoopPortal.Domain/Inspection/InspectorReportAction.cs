namespace CoopPortal.Domain.Inspection;

/// <summary>The steps of an inspector's report's workflow table (<see cref="InspectorReport.Workflow"/>).</summary>
public enum InspectorReportAction
{
    /// <summary>The inspector signs the report by sending it.</summary>
    Submit,
}
