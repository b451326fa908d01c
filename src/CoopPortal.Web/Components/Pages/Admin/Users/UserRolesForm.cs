using CoopPortal.Application.Administration.Users;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Users;

namespace CoopPortal.Web.Components.Pages.Admin.Users;

/// <summary>
/// The roles and office an admin is choosing for an account, as the page holds them until saved. The server decides
/// (<see cref="IUserAdministration.SetRolesAsync"/>); this only keeps the choice coherent while it is made.
/// </summary>
public sealed class UserRolesForm
{
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    public int? ProvinceId { get; private set; }

    public int? CountyId { get; set; }

    /// <summary>The account's choice as stored: its assignable roles (a derived role is never sent), province and county.</summary>
    public static UserRolesForm Of(UserDetails user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var form = new UserRolesForm { ProvinceId = user.ProvinceId, CountyId = user.CountyId };
        form.Roles.UnionWith(user.Roles.Where(r => !RoleHelp.IsDerived(r)));
        return form;
    }

    /// <summary>True while a role that works for an office (a province, and maybe a county) is chosen.</summary>
    public bool HasOffice => Roles.Overlaps(Domain.Users.Roles.ProvinceScoped);

    public bool IsHeadquartersOnly => Roles.Contains(Domain.Users.Roles.Headquarters) && !HasOffice;

    public void Toggle(string role, bool on)
    {
        if (on)
        {
            Roles.Add(role);
        }
        else
        {
            Roles.Remove(role);
        }
    }

    /// <summary>Another province: a county of the previous one no longer fits and is cleared (the provincial office).</summary>
    public void ChooseProvince(int? provinceId, IEnumerable<CountyOption> counties)
    {
        ProvinceId = provinceId;
        if (CountyId is { } county && !counties.Any(c => c.Id == county && c.ProvinceId == provinceId))
        {
            CountyId = null;
        }
    }

    /// <summary>What is sent: the office only with an office role (otherwise the server clears it anyway).</summary>
    public (IReadOnlyCollection<string> Roles, int? ProvinceId, int? CountyId) ToSend() =>
        HasOffice ? (Roles.ToList(), ProvinceId, CountyId) : (Roles.ToList(), null, null);
}
