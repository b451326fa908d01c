using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;

namespace CoopPortal.Web.Components.Pages;

/// <summary>The services a person's roles give them, as dashboard cards. A null Href marks a service not yet open.</summary>
internal static class DashboardCards
{
    public static IEnumerable<DashboardCard> For(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Applicant) && user.ClaimedNationalCode is not null && !user.IsIdentityProven)
        {
            yield return new("تأیید تلفن همراه و هویت", "تا تلفن همراه شما با کد پیامکی و استعلام شاهکار تأیید نشود، دسترسی‌هایی که به کد ملی شما بسته است (مانند مدیریت تعاونی) فعال نمی‌شود.", "Account/Manage/VerifyMobile", "تأیید تلفن همراه");
        }

        if (user.IsInRole(Roles.Applicant))
        {
            yield return new("تشکیل تعاونی", "درخواست تشکیل تعاونی با دست‌کم هفت عضو را برخط تکمیل و ارسال کنید و وضعیت آن را پیگیری کنید.", "applications", "درخواست‌های من");
        }

        if (user.IsInRole(Roles.CooperativeManager))
        {
            yield return new("خوداظهاری نظارتی سالانه", "اطلاعات سالانه تعاونی خود را تأیید یا اصلاح و ارسال کنید.", "cooperatives", "تعاونی‌های من");
        }

        if (user.IsInRole(Roles.Inspector))
        {
            yield return new("گزارش بازرس", "گزارش سالانه بازرسی تعاونی‌هایی را که بازرس آن هستید بنویسید و با ارسال، امضا کنید.", "inspections", "گزارش‌های بازرسی من");
        }

        if ((user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)) && user.ProvinceId is { } provinceId)
        {
            yield return user.CountyId is null
                ? new("اداره کل استان", "شهرستان‌ها و کارتابل درخواست‌های استان خود را ببینید.", $"office/{provinceId}", "ورود به کارتابل")
                : new("اداره تعاون شهرستان", "کارتابل درخواست‌های شهرستان خود را ببینید.", $"office/{provinceId}", "ورود به کارتابل");
        }

        if (user.IsInRole(Roles.Headquarters))
        {
            yield return new("آمار و گزارش‌های کشور", "آمار همه استان‌ها یا یک استان و خروجی آن را ببینید؛ این نقش فقط خواندنی است.", "statistics", "مشاهده آمار");
            yield return new("تعاونی‌های بدون خوداظهاری", "تعاونی‌های همه استان‌ها که خوداظهاری سررسیدشده نفرستاده‌اند، با پرونده هر تعاونی.", "office/compliance", "مشاهده فهرست");
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return new("ادارات کل استان‌ها", "همه استان‌ها و شهرستان‌های کشور.", "office", "مشاهده");
        }
    }
}
