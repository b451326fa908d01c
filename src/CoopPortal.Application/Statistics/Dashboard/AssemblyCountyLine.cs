namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The general assemblies of one county whose meeting day falls in the chosen year (CountyId null: «نامشخص»).
/// </summary>
/// <param name="Held">Held: the office confirmed the minutes.</param>
/// <param name="Supervised">Supervised: an observer was assigned and reported (confirmed the meeting or reported irregularities).</param>
/// <param name="WithIrregularities">The observer reported irregularities (whatever the office decided after).</param>
/// <param name="Cancelled">Called off by the cooperative.</param>
public sealed record AssemblyCountyLine(int? CountyId, string County, int Held, int Supervised, int WithIrregularities, int Cancelled);
