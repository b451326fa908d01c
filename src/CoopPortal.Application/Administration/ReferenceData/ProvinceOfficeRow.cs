namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// A province's office details as the admin page lists them (empty texts: not recorded). <paramref name="Version"/> is the
/// row version a later save must still find; null when the province has no row yet.
/// </summary>
public sealed record ProvinceOfficeRow(int ProvinceId, string ProvinceName, string Address, string Phone, string WorkingHours, uint? Version)
{
    public bool HasDetails => Address.Length > 0 || Phone.Length > 0 || WorkingHours.Length > 0;
}
