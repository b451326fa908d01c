using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Administration.Users;

/// <summary>
/// The roles as the admin's pages list them (issue 20, point 5): the ones an admin grants, each with one line of what it
/// may do, and the derived ones, which no admin grants because a proven national code brings them (and takes them
/// away), each with that reason.
/// </summary>
public static class RoleHelp
{
    /// <summary>Roles an admin grants or removes: <see cref="Roles.All"/> less the derived ones.</summary>
    public static IReadOnlyList<string> Assignable { get; } = Roles.All.Where(r => !IsDerived(r)).ToList();

    /// <summary>Roles that come from a proven national code (linked like the registry links managers and inspectors).</summary>
    public static IReadOnlyList<string> Derived { get; } = [Roles.CooperativeManager, Roles.Inspector, Roles.Liquidator];

    public static bool IsDerived(string role) => role is Roles.CooperativeManager or Roles.Inspector or Roles.Liquidator;

    /// <summary>One line of what the role may do (or, for a derived role, where it comes from).</summary>
    public static string Help(string role) => role switch
    {
        Roles.Applicant => "درخواست تشکیل تعاونی می‌دهد و پرونده‌های خودش را پی می‌گیرد.",
        Roles.Reviewer => "درخواست‌ها، مجامع و خوداظهاری‌های اداره‌ی خودش (استان، یا یک شهرستان) را بررسی می‌کند.",
        Roles.HeadOfOffice => "در اداره‌ی خودش تصمیم نهایی می‌گیرد و موافقت‌نامه تشکیل صادر می‌کند.",
        Roles.Headquarters => "آمار و گزارش‌ها، وضعیت خوداظهاری‌ها و تعاونی‌های همه استان‌ها را می‌بیند و خروجی می‌گیرد؛ در هیچ پرونده‌ای تصمیم نمی‌گیرد.",
        Roles.Admin => "کاربران و نقش‌ها، اطلاعات پایه و تنظیمات قواعد سامانه را اداره می‌کند.",
        Roles.CooperativeManager => "خودکار: با کد ملی اثبات‌شده‌ای که در فهرست مدیران یک تعاونی ثبت‌شده است؛ خوداظهاری و مجامع آن تعاونی را پی می‌گیرد.",
        Roles.Inspector => "خودکار: با کد ملی اثبات‌شده‌ی بازرس یک تعاونی تا پایان دوره‌ی بازرسی‌اش؛ گزارش بازرس را پر و امضا می‌کند.",
        Roles.Liquidator => "خودکار: با کد ملی اثبات‌شده‌ی مدیر تصفیه‌ی یک تعاونی در مدت تصفیه؛ گزارش‌های میان‌دوره‌ای و نهایی تصفیه را ثبت می‌کند.",
        _ => string.Empty,
    };

    /// <summary>How a derived role reads where roles are listed: «مدیر تعاونی (خودکار)».</summary>
    public static string DerivedTitle(string role) => $"{Roles.Title(role)} (خودکار)";
}
