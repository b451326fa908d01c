using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.SaveMinutes;

/// <summary>The minutes as the manager's form holds them: attendance, a resolution per agenda item, those elected.</summary>
public sealed record MinutesForm(Attendance Attendance, IReadOnlyList<Resolution> Resolutions, IReadOnlyList<ElectedOfficer> Elected);
