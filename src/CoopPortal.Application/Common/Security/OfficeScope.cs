using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Common.Security;

/// <summary>
/// The one rule that confines staff to their office (issue 20, point 1; ADR 0026). A provincial office's reviewers and
/// heads see and act on their province; a county office's (staff with a county) on their county only; headquarters
/// staff see every province and act on none; the admin sees and acts everywhere. Every use case that touches an
/// office's resource asks this (one resource) or applies <see cref="FilterFor"/> (a list, an export, a statistic), so
/// hiding a menu item is never the only barrier. Which decisions a county office may take is the workflow's business
/// (<see cref="WorkflowAuthorization"/>), not this.
/// </summary>
public static class OfficeScope
{
    /// <summary>A provincial or county office's reviewer or head (the roles that carry a province).</summary>
    public static bool IsOfficeStaff(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice));
    }

    /// <summary>True when the user may see the office's resources of <paramref name="provinceId"/> and <paramref name="countyId"/>.</summary>
    public static bool CanSee(ICurrentUser user, int provinceId, int? countyId) =>
        FilterFor(user).Allows(provinceId, countyId);

    /// <summary>
    /// True when the user works in or above <paramref name="provinceId"/>'s office (its provincial or county staff,
    /// headquarters, the admin): the office's own page, its counties.
    /// </summary>
    public static bool CanSeeProvince(ICurrentUser user, int provinceId) =>
        FilterFor(user) is var filter && (filter.AllowsAll || filter.ProvinceId == provinceId);

    /// <summary>
    /// True when the user may act on them as office staff: as <see cref="CanSee"/>, less headquarters, who only read.
    /// </summary>
    public static bool CanActIn(ICurrentUser user, int provinceId, int? countyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && (user.IsInRole(Roles.Admin) || (IsOfficeStaff(user) && StaffFilter(user).Allows(provinceId, countyId)));
    }

    /// <summary>
    /// The office data the user may see: all for the admin and headquarters, one province for a provincial office's
    /// staff, one county for a county office's, none otherwise.
    /// </summary>
    public static OfficeFilter FilterFor(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return OfficeFilter.None;
        }

        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Headquarters) ? OfficeFilter.All : StaffFilter(user);
    }

    private static OfficeFilter StaffFilter(ICurrentUser user) =>
        IsOfficeStaff(user) && user.ProvinceId is { } province
            ? user.CountyId is { } county ? OfficeFilter.County(province, county) : OfficeFilter.Province(province)
            : OfficeFilter.None;
}
