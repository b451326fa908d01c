namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>An orientation as the admin page lists it; <paramref name="Version"/> is what a later save must still find.</summary>
public sealed record OrientationRow(int Id, string Code, string Title, int SortOrder, bool IsActive, bool RequiresActivityLicence, uint Version);
