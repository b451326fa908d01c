using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.SaveMinutes;

/// <summary>
/// The minutes as the manager's form holds them: attendance, a resolution per agenda item, those elected, and for a
/// dissolution item the liquidators and the period's end (null: left as stored).
/// </summary>
public sealed record MinutesForm(Attendance Attendance, IReadOnlyList<Resolution> Resolutions, IReadOnlyList<ElectedOfficer> Elected, DissolutionTerms? Dissolution = null);
