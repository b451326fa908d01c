namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>Cooperatives formed in one county in the chosen year (CountyId null: «نامشخص»).</summary>
public sealed record CountyLine(int? CountyId, string County, int Count);
