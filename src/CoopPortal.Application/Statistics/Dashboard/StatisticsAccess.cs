using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// Who the statistics (the page and every export) are for: heads of office (a provincial office's: their province; a
/// county office's: their county), headquarters and the admin (the country or a province they choose). Reviewers are
/// not. What each sees is <see cref="OfficeScope.FilterFor"/>'s; this only says who may ask.
/// </summary>
public static class StatisticsAccess
{
    /// <summary>The roles of the page's and the export's <c>[Authorize]</c> (a courtesy; <see cref="MayRead"/> decides).</summary>
    public const string PageRoles = $"{Roles.HeadOfOffice},{Roles.Admin},{Roles.Headquarters}";

    public static IReadOnlyList<string> RoleList { get; } = [Roles.HeadOfOffice, Roles.Admin, Roles.Headquarters];

    public static bool MayRead(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && RoleList.Any(user.IsInRole) && OfficeScope.FilterFor(user).AllowsAny;
    }

    /// <summary>True when the user chooses the province (the country's readers: headquarters, the admin).</summary>
    public static bool ChoosesProvince(ICurrentUser user) => OfficeScope.FilterFor(user).AllowsAll;
}
