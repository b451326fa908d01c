namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// An orientation as the admin typed it. <paramref name="Id"/> null adds a new one (then <paramref name="Code"/> is
/// required; it is ignored otherwise: codes never change). <paramref name="SortOrder"/> may use Persian digits.
/// <paramref name="Version"/> is the row version the form was opened with.
/// </summary>
public sealed record OrientationInput(int? Id, string? Code, string? Title, string? SortOrder, bool IsActive, bool RequiresActivityLicence, uint? Version = null);
