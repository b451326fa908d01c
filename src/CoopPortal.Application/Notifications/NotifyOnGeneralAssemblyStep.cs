using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a general assembly moves, in the step's own save: the heads of the province when a notice is
/// published (they decide the supervision) and when minutes or the observer's report wait for the office; the observer
/// when assigned and when the minutes reach them; the manager who filed it when the office decides the supervision, when
/// the minutes are sent back or confirmed; the open candidates, the heads and the observer when a published assembly is
/// called off.
/// </summary>
public sealed class NotifyOnGeneralAssemblyStep(IStaffDirectory staff) : IDomainEventHandler<GeneralAssemblyStepTaken>
{
    public async Task HandleAsync(GeneralAssemblyStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var assembly = domainEvent.Assembly;
        var name = $"«{assembly.CooperativeName}»";

        // The manager opens the cooperative's page of the assembly, the office and the observer the office's page.
        void Tell(string userId, string title, string body) => db.Notifications.Add(new Notification(userId, title, body,
            userId == assembly.FiledByUserId ? $"general-assemblies/{assembly.Id}" : $"office/general-assemblies/{assembly.Id}", domainEvent.AtUtc));
        switch (domainEvent.Action)
        {
            case GeneralAssemblyAction.Announce:
                foreach (var head in await staff.HeadsForAsync(assembly.ProvinceId, assembly.CountyId, cancellationToken))
                {
                    Tell(head, "آگهی مجمع عمومی تازه", $"آگهی {GeneralAssemblyText.Title(assembly.Notice.Kind)} تعاونی {name} منتشر شد؛ درباره نظارت بر آن تصمیم بگیرید.");
                }

                break;
            case GeneralAssemblyAction.AssignObserver when assembly.ObserverUserId is { } observer:
                Tell(observer, "تعیین ناظر مجمع", $"شما ناظر {GeneralAssemblyText.Title(assembly.Notice.Kind)} تعاونی {name} هستید.");
                Tell(assembly.FiledByUserId, "ناظر مجمع تعیین شد", $"اداره کل برای مجمع تعاونی {name} ناظر تعیین کرد: {assembly.ObserverName}.");
                break;
            case GeneralAssemblyAction.WaiveSupervision:
                Tell(assembly.FiledByUserId, "مجمع بدون ناظر برگزار می‌شود", $"اداره کل برای مجمع تعاونی {name} ناظر نمی‌فرستد؛ پس از تشکیل مجمع صورت‌جلسه را بفرستید.");
                break;
            case GeneralAssemblyAction.SubmitMinutes when assembly.ObserverUserId is { } observer && domainEvent.To == GeneralAssemblyStatus.AwaitingObserver:
                Tell(observer, "صورت‌جلسه مجمع برای گزارش ناظر", $"صورت‌جلسه مجمع تعاونی {name} رسید؛ برگزاری را تأیید کنید یا تخلف‌ها را گزارش کنید.");
                break;
            case GeneralAssemblyAction.SubmitMinutes or GeneralAssemblyAction.ObserverConfirm or GeneralAssemblyAction.ReportIrregularities:
                foreach (var head in await staff.HeadsForAsync(assembly.ProvinceId, assembly.CountyId, cancellationToken))
                {
                    Tell(head, "صورت‌جلسه مجمع در انتظار بررسی", $"صورت‌جلسه مجمع تعاونی {name} برای بررسی آماده است ({GeneralAssemblyText.Title(domainEvent.To)}).");
                }

                break;
            case GeneralAssemblyAction.SendBack:
                Tell(assembly.FiledByUserId, "صورت‌جلسه مجمع برای اصلاح بازگشت", $"صورت‌جلسه مجمع تعاونی {name} برای اصلاح بازگردانده شد؛ توضیح را ببینید و دوباره بفرستید.");
                break;
            case GeneralAssemblyAction.Confirm:
                Tell(assembly.FiledByUserId, "صورت‌جلسه مجمع تأیید شد", $"صورت‌جلسه مجمع تعاونی {name} تأیید و تغییرات آن در ثبت اعمال شد.");
                break;
            case GeneralAssemblyAction.Cancel:
                var candidates = await db.Candidacies.AsNoTracking()
                    .Where(c => c.AssemblyId == assembly.Id && (c.Status == CandidacyStatus.Registered || c.Status == CandidacyStatus.Approved))
                    .Select(c => c.CandidateUserId).Distinct().ToListAsync(cancellationToken);
                foreach (var candidate in candidates)
                {
                    db.Notifications.Add(new Notification(candidate, "مجمع لغو شد", $"مجمع تعاونی {name} که برای آن نامزد شده بودید لغو شد.", "candidacies", domainEvent.AtUtc));
                }

                if (domainEvent.From != GeneralAssemblyStatus.Draft)
                {
                    foreach (var recipient in (await staff.HeadsForAsync(assembly.ProvinceId, assembly.CountyId, cancellationToken)).Append(assembly.ObserverUserId).OfType<string>().Distinct())
                    {
                        Tell(recipient, "مجمع لغو شد", $"مجمع تعاونی {name} با آگهی منتشرشده لغو شد.");
                    }
                }

                break;
        }
    }
}
