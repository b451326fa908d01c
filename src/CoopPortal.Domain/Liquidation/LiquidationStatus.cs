namespace CoopPortal.Domain.Liquidation;

/// <summary>Where a liquidation (تصفیه) stands, from its start to the cooperative struck off the registry. Stored by name.</summary>
public enum LiquidationStatus
{
    /// <summary>Liquidators named, the period running; no report filed yet.</summary>
    Started,

    /// <summary>At least one interim report filed; more may follow before the final one.</summary>
    InterimReported,

    /// <summary>The liquidators filed the final report; a reviewer of the office reviews it.</summary>
    FinalReportFiled,

    /// <summary>A reviewer sent the final report back with a comment; the liquidators file it again.</summary>
    ReturnedForCorrection,

    /// <summary>A reviewer recommended the final report; the head of office confirms it.</summary>
    Recommended,

    /// <summary>The head confirmed the final report: the cooperative is struck off the registry. Final.</summary>
    StruckOff,
}
