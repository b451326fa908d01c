using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Common;

/// <summary>
/// Who sees and acts on a province's festival (<see cref="FestivalCase.Workflow"/>): its province's staff, provincial
/// or county, and headquarters read it (anyone else: not found); the provincial office acts on it
/// (<see cref="OfficeScope.CanActIn"/> with no county: a county office and headquarters only read), as the table's
/// actor, with separation of duties; nobody shortlists or confirms a cooperative they belong to.
/// </summary>
public static class FestivalAccess
{
    public const string StaffOnly = "جشنواره استان را کارشناسان و مدیر اداره کل تعاون استان پیش می‌برند.";

    public const string ReviewerOnly = "نامزد کردن تعاونی‌ها با کارشناسان اداره کل تعاون است.";

    public const string HeadOnly = "تأیید برگزیدگان با مدیر اداره کل تعاون است.";

    /// <summary>The festival with its shortlist and history, or null when it does not exist or the user may not see it.</summary>
    public static async Task<FestivalCase?> LoadAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var festival = await db.Festivals.Include(f => f.Nominees).Include(f => f.Events)
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return festival is not null && OfficeScope.CanSeeProvince(user, festival.ProvinceId) ? festival : null;
    }

    /// <summary>True when the user acts for the province's office (its provincial staff, or the admin).</summary>
    public static bool CanAct(ICurrentUser user, int provinceId) => OfficeScope.CanActIn(user, provinceId, null);

    /// <summary>The Persian reason the user may not take <paramref name="action"/> now, or null when they may.</summary>
    public static string? Refusal(FestivalCase festival, FestivalAction action, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(festival);
        ArgumentNullException.ThrowIfNull(user);
        return !CanAct(user, festival.ProvinceId)
            ? StaffOnly
            : WorkflowAuthorization.Refusal(FestivalCase.Workflow, festival.Status, action, user, isOwner: false, festival.Parties, RoleRefusal);
    }

    /// <summary>The steps the table offers the user now, separation of duties applied.</summary>
    public static IReadOnlyList<FestivalAction> OpenActions(FestivalCase festival, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(festival);
        ArgumentNullException.ThrowIfNull(user);
        return CanAct(user, festival.ProvinceId)
            ? WorkflowAuthorization.OpenActions(FestivalCase.Workflow, festival.Status, user, isOwner: false, festival.Parties)
            : [];
    }

    /// <summary>Why the user may not shortlist or confirm the cooperative (they manage it, or are one of its members or officers), or null.</summary>
    public static async Task<string?> ConflictAsync(IAppDbContext db, Guid cooperativeId, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.ClaimedNationalCode is not { Length: > 0 } code)
        {
            return null;
        }

        var belongs = await db.Cooperatives.AnyAsync(c => c.Id == cooperativeId && (c.Managers.Any(m => m.NationalCode == code) || c.Officers.Any(o => o.NationalCode == code)), cancellationToken)
            || await db.CooperativeMembers.AnyAsync(m => m.CooperativeId == cooperativeId && m.NationalCode == code && m.Status == MembershipStatus.Member, cancellationToken);
        return FestivalCase.ConflictRefusal(belongs ? [code] : [], code);
    }

    private static string RoleRefusal(string actor) => actor switch
    {
        Roles.HeadOfOffice => HeadOnly,
        Roles.Reviewer => ReviewerOnly,
        _ => StaffOnly,
    };
}
