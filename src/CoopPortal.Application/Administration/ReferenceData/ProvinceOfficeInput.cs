namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// A province office's details as the admin typed them (any digits). All empty removes what was recorded.
/// <paramref name="Version"/> is the row version the form was opened with (null: the province had no details).
/// </summary>
public sealed record ProvinceOfficeInput(int ProvinceId, string? Address, string? Phone, string? WorkingHours, uint? Version = null);
