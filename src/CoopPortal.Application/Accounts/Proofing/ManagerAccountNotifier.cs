using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>
/// Tells a province's office (its reviewers and heads) when an account appears, or is proven, for the national code of
/// one of its cooperatives' managers: a stranger claiming a manager's code is seen by the people who know the manager.
/// </summary>
public sealed class ManagerAccountNotifier(IAppDbContextFactory dbFactory, IStaffDirectory staff, PortalClock clock)
{
    public const string Link = "office/manager-links";

    /// <summary>Notifies the offices of the cooperatives <paramref name="nationalCode"/> manages; nothing when it manages none.</summary>
    public async Task NotifyAsync(string nationalCode, string fullName, bool proven, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperatives = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Managers.Any(m => m.NationalCode == nationalCode))
            .Select(c => new { c.Name, c.ProvinceId, c.CountyId })
            .ToListAsync(cancellationToken);
        foreach (var office in cooperatives.GroupBy(c => (c.ProvinceId, c.CountyId)))
        {
            var names = string.Join("، ", office.Select(c => $"«{c.Name}»"));
            var (title, body) = proven
                ? ("دسترسی مدیر تعاونی فعال شد",
                   $"حساب «{fullName}» با کد ملی مدیر {names} پس از تأیید تلفن همراه و استعلام شاهکار دسترسی مدیر گرفت. اگر این شخص مدیر نیست، دسترسی را از راه مدیر سامانه ببندید.")
                : ("حساب تازه با کد ملی مدیر تعاونی",
                   $"حسابی به نام «{fullName}» با کد ملی مدیر {names} ساخته شد. تا هویت او تأیید نشود دسترسی مدیر ندارد؛ در «تأیید مدیران تعاونی» می‌توانید پس از احراز هویت حضوری آن را تأیید کنید.");
            var recipients = (await staff.ReviewersForAsync(office.Key.ProvinceId, office.Key.CountyId, cancellationToken)).Select(r => r.UserId)
                .Concat(await staff.HeadsForAsync(office.Key.ProvinceId, office.Key.CountyId, cancellationToken))
                .Distinct(StringComparer.Ordinal);
            foreach (var recipient in recipients)
            {
                db.Notifications.Add(new Notification(recipient, title, body, Link, clock.UtcNow));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
