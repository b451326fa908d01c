using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Common.Security;

/// <summary>
/// The rule that confines provincial staff to their own province. Every use case that touches a province-owned
/// resource asks this, so hiding a menu item is never the only barrier.
/// </summary>
public static class ProvinceScope
{
    /// <summary>True when the user may see or act on resources of <paramref name="provinceId"/> as office staff.</summary>
    public static bool CanActIn(ICurrentUser user, int provinceId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return false;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        var isOfficeStaff = user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice);
        return isOfficeStaff && user.ProvinceId == provinceId;
    }

    /// <summary>The provinces whose office data the user may see: all for an admin, one for staff, none otherwise.</summary>
    public static ProvinceFilter FilterFor(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return ProvinceFilter.None;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return ProvinceFilter.All;
        }

        return (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)) && user.ProvinceId is { } id
            ? ProvinceFilter.Only(id)
            : ProvinceFilter.None;
    }
}
