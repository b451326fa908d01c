namespace CoopPortal.Domain.Assemblies;

/// <summary>Where a general assembly stands, from the notice being written to the registry changed.</summary>
public enum GeneralAssemblyStatus
{
    /// <summary>The manager is writing the notice (invitation, date, agenda).</summary>
    Draft,

    /// <summary>The notice is published and sent to the office; the head has not yet said whether it is supervised.</summary>
    Announced,

    /// <summary>An observer of the office is assigned; candidates may register until the meeting.</summary>
    Supervised,

    /// <summary>The head recorded that the office does not send an observer (the policy allows it).</summary>
    Unsupervised,

    /// <summary>The minutes of a supervised assembly are sent; its observer confirms or reports first.</summary>
    AwaitingObserver,

    /// <summary>The minutes (attendance, resolutions, those elected, the signed scan) wait for a reviewer.</summary>
    MinutesSubmitted,

    /// <summary>The observer confirmed the assembly was held as the minutes say.</summary>
    ObserverConfirmed,

    /// <summary>The observer reported irregularities with findings.</summary>
    IrregularitiesReported,

    /// <summary>A reviewer sent the minutes back for correction.</summary>
    ReturnedForCorrection,

    /// <summary>A reviewer confirmed the minutes: the registry changed.</summary>
    Confirmed,

    /// <summary>The manager called the assembly off before its minutes were sent.</summary>
    Cancelled,
}
