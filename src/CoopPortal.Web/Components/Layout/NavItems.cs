using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Users;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace CoopPortal.Web.Components.Layout;

/// <summary>The role-specific menu entries. Hiding an entry is a courtesy; every page checks access on the server.</summary>
internal static class NavItems
{
    public static IEnumerable<NavItem> For(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Applicant))
        {
            yield return new NavItem("applications", "درخواست‌های تشکیل تعاونی", Icons.Material.Outlined.GroupAdd);
        }

        if (user.IsInRole(Roles.CooperativeManager))
        {
            yield return new NavItem("cooperatives", "تعاونی‌های من و خوداظهاری", Icons.Material.Outlined.Business);
        }

        if (user.IsInRole(Roles.Inspector))
        {
            yield return new NavItem("inspections", "گزارش‌های بازرسی من", Icons.Material.Outlined.Plagiarism);
        }

        if (user.IsInRole(Roles.Liquidator))
        {
            yield return new NavItem("liquidations", "تصفیه‌های من", Icons.Material.Outlined.Gavel);
        }

        if (user.IsAuthenticated)
        {
            yield return new NavItem("candidacies", "نامزدی‌های من", Icons.Material.Outlined.HowToVote);
            yield return new NavItem("memberships", "عضویت‌های من", Icons.Material.Outlined.CardMembership);
        }

        if ((user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)) && user.ProvinceId is { } provinceId)
        {
            yield return new NavItem($"office/{provinceId}", user.CountyId is null ? "اداره کل استان" : "اداره تعاون شهرستان", Icons.Material.Outlined.AccountBalance);
        }

        if (((user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)) && user.ProvinceId is not null) || user.IsInRole(Roles.Admin))
        {
            yield return new NavItem("office/assemblies", "مجامع مؤسس در انتظار تأیید", Icons.Material.Outlined.HowToReg);
            yield return new NavItem("office/general-assemblies", "مجامع عمومی", Icons.Material.Outlined.Groups);
            yield return new NavItem("office/declarations", "خوداظهاری‌ها به ترتیب ریسک", Icons.Material.Outlined.FactCheck);
            yield return new NavItem("office/compliance", "تعاونی‌های بدون خوداظهاری", Icons.Material.Outlined.ReportProblem);
            yield return new NavItem("office/dormancy", "پرونده‌های رکود", Icons.Material.Outlined.HourglassEmpty);
            yield return new NavItem("office/festival", "جشنواره تعاونی‌های برتر", Icons.Material.Outlined.EmojiEvents);
            yield return new NavItem("office/liquidations", "تصفیه تعاونی‌ها", Icons.Material.Outlined.Gavel);
        }
        else if (user.IsInRole(Roles.Headquarters))
        {
            // Headquarters read every province's compliance list (and through it the registry's cooperative cards) and festivals.
            yield return new NavItem("office/compliance", "تعاونی‌های بدون خوداظهاری", Icons.Material.Outlined.ReportProblem);
            yield return new NavItem("office/festival", "جشنواره تعاونی‌های برتر", Icons.Material.Outlined.EmojiEvents);
        }

        if ((user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)) && user.ProvinceId is not null)
        {
            yield return new NavItem("office/manager-links", "تأیید مدیران تعاونی", Icons.Material.Outlined.VerifiedUser);
        }

        if (StatisticsAccess.MayRead(user))
        {
            yield return new NavItem("statistics", "آمار و گزارش‌ها", Icons.Material.Outlined.QueryStats);
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return new NavItem("office", "ادارات کل استان‌ها", Icons.Material.Outlined.Map, NavLinkMatch.All); // not lit on office/compliance etc.
            yield return new NavItem("admin/cooperatives/import", "ورود تعاونی‌های موجود", Icons.Material.Outlined.UploadFile);
            yield return new NavItem("admin/users", "کاربران و نقش‌ها", Icons.Material.Outlined.ManageAccounts);
            yield return new NavItem("admin/rules", "قواعد قابل تنظیم", Icons.Material.Outlined.Tune);
            yield return new NavItem("admin/reference-data", "اطلاعات پایه", Icons.Material.Outlined.ListAlt);
        }
    }
}
