namespace CoopPortal.Domain.Assemblies;

/// <summary>The steps of a general assembly's workflow table (<see cref="GeneralAssembly.Workflow"/>).</summary>
public enum GeneralAssemblyAction
{
    Announce,
    AssignObserver,
    WaiveSupervision,
    SubmitMinutes,
    ObserverConfirm,
    ReportIrregularities,
    SendBack,
    Confirm,
    Cancel,
}
