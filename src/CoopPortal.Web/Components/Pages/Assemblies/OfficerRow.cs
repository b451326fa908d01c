using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Web.Components.Pages.Assemblies;

/// <summary>One officer row as typed on the form (nothing is normalized until the server saves it).</summary>
public sealed class OfficerRow
{
    public OfficerRole Role { get; set; } = OfficerRole.BoardMember;

    public string? FullName { get; set; }

    public string? NationalCode { get; set; }

    public static OfficerRow From(OfficerEntry entry) => new()
    {
        Role = entry.Role,
        FullName = entry.FullName,
        NationalCode = entry.NationalCode.Length > 0 ? PersianDigits.ToPersian(entry.NationalCode) : null,
    };

    public OfficerEntry ToEntry() => OfficerEntry.From(Role, FullName, NationalCode);
}
