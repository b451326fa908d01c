namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The steps of the cooperatives' life taken in the chosen year in one county (issue 21 point 5), counted from the
/// audited status history (<c>cooperative_status_events</c>); CountyId null: «نامشخص».
/// </summary>
/// <param name="DormancyOpened">Dormancy cases opened.</param>
/// <param name="Revived">Dormancy cases that ended in revival.</param>
/// <param name="Closed">Dormancy cases closed with a reason.</param>
/// <param name="DissolutionPursued">Dormancy cases that ended in the head's dissolution decision.</param>
/// <param name="LiquidationStarted">Liquidations started: an extraordinary assembly's dissolution confirmed, or liquidators named after the office's dissolution.</param>
/// <param name="StruckOff">Cooperatives struck off the registry (a liquidation's final report confirmed).</param>
public sealed record LifecycleCountyLine(
    int? CountyId, string County, int DormancyOpened, int Revived, int Closed, int DissolutionPursued, int LiquidationStarted, int StruckOff);
