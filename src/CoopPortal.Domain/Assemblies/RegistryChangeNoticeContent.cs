using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What a registry-change notice (آگهی تغییرات) says, as it was when the office confirmed the minutes: the cooperative,
/// the assembly, and what changed (officers elected with their terms, the officers they replaced, the capital, the
/// address, the name, each from old to new). A part the assembly did not change is empty or null.
/// </summary>
public sealed record RegistryChangeNoticeContent(
    string CooperativeName,
    string? RegistrationNumber,
    string? CompanyNationalId,
    string Province,
    string County,
    string AssemblyKind,
    DateOnly MeetingOn,
    string ConfirmingOffice,
    string ConfirmedByName,
    IReadOnlyList<NoticeOfficer> NewOfficers,
    IReadOnlyList<NoticeOfficer> ReplacedOfficers,
    long? CapitalFrom = null,
    long? CapitalTo = null,
    string? AddressFrom = null,
    string? AddressTo = null,
    string? NameFrom = null,
    string? NameTo = null)
{
    public bool CapitalChanged => CapitalTo is not null;

    public bool AddressChanged => AddressTo is not null;

    public bool NameChanged => NameTo is not null;

    /// <summary>
    /// Describes <paramref name="change"/> against the registry as it stands before it is applied (so the old values
    /// and the officers it replaces are still there): call it before <see cref="Cooperative.ApplyChange"/>.
    /// </summary>
    public static RegistryChangeNoticeContent Describe(
        Cooperative cooperative, RegistryChange change, GeneralAssemblyKind kind, NoticePlace place, string confirmedByName)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(place);
        var elected = (change.Board ?? []).Concat(change.Inspectors ?? []).OrderBy(o => o.Role).Select(NoticeOfficer.From).ToList();
        var replaced = cooperative.Officers
            .Where(o => (change.Board is not null && OfficerRoleText.IsBoard(o.Role)) || (change.Inspectors is not null && OfficerRoleText.IsInspector(o.Role)))
            .OrderBy(o => o.Role)
            .Select(o => new NoticeOfficer(o.Role, o.FullName, o.NationalCode, o.TermStartsOn, o.TermEndsOn))
            .ToList();
        var address = change.Address is { Length: > 0 } a ? a : null;
        var name = change.Name is { Length: > 0 } n ? n : null;
        return new RegistryChangeNoticeContent(
            cooperative.Name, cooperative.RegistrationNumber, cooperative.CompanyNationalId, place.Province, place.County,
            GeneralAssemblyText.Title(kind), change.EffectiveOn, place.Office, confirmedByName, elected, replaced,
            CapitalFrom: change.Capital is null ? null : cooperative.Capital,
            CapitalTo: change.Capital,
            AddressFrom: address is null ? null : cooperative.Address,
            AddressTo: address,
            NameFrom: name is null ? null : cooperative.Name,
            NameTo: name);
    }
}

/// <summary>One officer on the notice: the post, the person and the term (start–end, Jalali on paper).</summary>
public sealed record NoticeOfficer(OfficerRole Role, string FullName, string NationalCode, DateOnly? TermStartsOn, DateOnly? TermEndsOn)
{
    public static NoticeOfficer From(OfficerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new NoticeOfficer(entry.Role, entry.FullName, entry.NationalCode, entry.TermStartsOn, entry.TermEndsOn);
    }
}

/// <summary>Where the cooperative is and which office confirmed the minutes, by name, as printed.</summary>
public sealed record NoticePlace(string Province, string County, string Office);
