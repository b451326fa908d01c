namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The festival of top cooperatives of the fiscal year before the chosen year in one county (issue 21 point 5): the
/// cooperatives the office shortlisted and those its head confirmed as winners (CountyId null: «نامشخص»).
/// </summary>
public sealed record FestivalCountyLine(int? CountyId, string County, int Shortlisted, int Winners);
