namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The registered cooperatives of one county by their status now (CountyId null: «نامشخص»).</summary>
public sealed record StatusCountyLine(
    int? CountyId, string County, int Active, int DormancyCaseOpen, int Dissolved, int InLiquidation, int StruckOff)
{
    /// <summary>Every registered cooperative of the county, whatever its status.</summary>
    public int Total => Active + DormancyCaseOpen + Dissolved + InLiquidation + StruckOff;
}
