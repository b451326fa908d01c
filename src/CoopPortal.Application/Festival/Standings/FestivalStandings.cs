using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Standings;

/// <summary>
/// The festival's standings of one province for one fiscal year: the cooperatives the caller may see, scored, grouped
/// by orientation (the orientations' order, cooperatives without one last) and ranked in each group.
/// </summary>
public sealed record FestivalStandings(int ProvinceId, string ProvinceName, int FiscalYear, int Maximum, IReadOnlyList<FestivalGroup> Groups);

/// <summary>One orientation's cooperatives, best first.</summary>
public sealed record FestivalGroup(int? OrientationId, string Orientation, IReadOnlyList<FestivalStanding> Entries);

/// <summary>
/// A cooperative's place in its orientation: equal totals share a rank (1, 1, 3); among them, the earlier registered
/// first, then by name.
/// </summary>
public sealed record FestivalStanding(int Rank, Guid CooperativeId, string Name, string? RegistrationNumber, string County, FestivalScore Score);
