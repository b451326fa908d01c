using CoopPortal.Application.Common.Interfaces;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The statistics of one county office, one province or the whole country, all computed by SQL aggregates.</summary>
/// <param name="ProvinceId">The province the numbers cover; null for the whole country.</param>
/// <param name="CountyId">The county the numbers cover (a county office's); null for a province or the country.</param>
/// <param name="Year">The Solar Hijri year of the yearly tables.</param>
/// <param name="AssembliesByCounty">The general assemblies whose meeting day falls in the year, per county.</param>
/// <param name="LifecycleByCounty">The steps of the cooperatives' life (dormancy cases, liquidations, struck off) taken in the year, per county.</param>
/// <param name="StatusByCounty">The registered cooperatives by their status now, per county.</param>
/// <param name="FestivalByCounty">The festival of the fiscal year before: shortlisted cooperatives and winners, per county.</param>
/// <param name="AsOf">Where the numbers were read and the moment they are current to.</param>
public sealed record DashboardReport(
    int? ProvinceId,
    int? CountyId,
    int Year,
    IReadOnlyList<DashboardLine> ApplicationsByStatus,
    IReadOnlyList<CountyLine> FormedByCounty,
    IReadOnlyList<GroupLine> ByOrientation,
    IReadOnlyList<GroupLine> ByMembershipType,
    MemberTotals Members,
    DeclarationSummary Declarations,
    IReadOnlyList<DashboardLine> DeclarationsByStatus,
    IReadOnlyList<DashboardLine> DeclarationsByRisk,
    InspectionCounts Inspections,
    IReadOnlyList<AssemblyCountyLine> AssembliesByCounty,
    IReadOnlyList<DurationLine> Durations,
    IReadOnlyList<LifecycleCountyLine> LifecycleByCounty,
    IReadOnlyList<StatusCountyLine> StatusByCounty,
    IReadOnlyList<FestivalCountyLine> FestivalByCounty,
    DataAsOf AsOf);
