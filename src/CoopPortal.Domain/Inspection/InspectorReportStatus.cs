namespace CoopPortal.Domain.Inspection;

/// <summary>Where an inspector's report stands: written, then signed and sent (final).</summary>
public enum InspectorReportStatus
{
    /// <summary>The inspector is writing it; nobody else sees it.</summary>
    Draft,

    /// <summary>The inspector signed it by sending it: read-only for everyone, printed and read by the declaration.</summary>
    Submitted,
}
