using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a liquidation moves, in the step's own save (the e-mail is the stored notification's background
/// dispatch): the liquidators and the cooperative's managers when it starts and when the office decides the final
/// report (sent back, struck off); the reviewers and heads of the office on each report filed; the heads when a reviewer
/// recommends the final report. Liquidators and managers are found by their national codes.
/// </summary>
public sealed class NotifyOnLiquidationStep(IStaffDirectory staff) : IDomainEventHandler<LiquidationStepTaken>
{
    public async Task HandleAsync(LiquidationStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var liquidation = domainEvent.Liquidation;
        var name = $"«{liquidation.CooperativeName}»";
        var office = $"office/liquidations/{liquidation.Id}";

        async Task TellPeopleAsync(string title, string body)
        {
            var managers = await db.Cooperatives.AsNoTracking().Where(c => c.Id == liquidation.CooperativeId)
                .SelectMany(c => c.Managers.Select(m => m.NationalCode)).ToListAsync(cancellationToken);
            var liquidators = await staff.UserIdsByNationalCodesAsync(liquidation.LiquidatorCodes.ToList(), cancellationToken);
            foreach (var userId in liquidators)
            {
                db.Notifications.Add(new Notification(userId, title, body, $"liquidations/{liquidation.Id}", domainEvent.AtUtc));
            }

            foreach (var userId in (await staff.UserIdsByNationalCodesAsync(managers, cancellationToken)).Except(liquidators))
            {
                db.Notifications.Add(new Notification(userId, title, body, $"cooperatives/{liquidation.CooperativeId}", domainEvent.AtUtc));
            }
        }

        async Task TellOfficeAsync(string title, string body, bool headsOnly)
        {
            var heads = await staff.HeadsForAsync(liquidation.ProvinceId, liquidation.CountyId, cancellationToken);
            var reviewers = headsOnly ? [] : (await staff.ReviewersForAsync(liquidation.ProvinceId, liquidation.CountyId, cancellationToken)).Select(r => r.UserId);
            foreach (var userId in heads.Concat(reviewers).Distinct().Where(u => u != domainEvent.ActorUserId))
            {
                db.Notifications.Add(new Notification(userId, title, body, office, domainEvent.AtUtc));
            }
        }

        switch (domainEvent.Action)
        {
            case LiquidationAction.Start:
                await TellPeopleAsync("تصفیه تعاونی آغاز شد", $"تعاونی {name} در حال تصفیه است. مدیران تصفیه تا پایان مدت تصفیه گزارش‌های میان‌دوره‌ای و گزارش نهایی را در سامانه ثبت می‌کنند.");
                break;
            case LiquidationAction.FileInterim:
                await TellOfficeAsync("گزارش میان‌دوره‌ای تصفیه", $"مدیران تصفیه تعاونی {name} گزارش میان‌دوره‌ای ثبت کردند.", headsOnly: false);
                break;
            case LiquidationAction.FileFinal:
                await TellOfficeAsync("گزارش نهایی تصفیه در انتظار بررسی", $"مدیران تصفیه تعاونی {name} گزارش نهایی را ثبت کردند؛ آن را بررسی کنید.", headsOnly: false);
                break;
            case LiquidationAction.Recommend:
                await TellOfficeAsync("گزارش نهایی تصفیه در انتظار تأیید", $"کارشناس تأیید گزارش نهایی تصفیه تعاونی {name} را پیشنهاد کرد.", headsOnly: true);
                break;
            case LiquidationAction.SendBack:
                await TellPeopleAsync("گزارش نهایی تصفیه برای اصلاح بازگشت", $"گزارش نهایی تصفیه تعاونی {name} برای اصلاح بازگردانده شد؛ توضیح اداره را ببینید و دوباره ثبت کنید.");
                break;
            case LiquidationAction.Confirm:
                await TellPeopleAsync("تعاونی از دفتر ثبت حذف شد", $"گزارش نهایی تصفیه تعاونی {name} تأیید و تعاونی از دفتر ثبت حذف شد.");
                break;
        }
    }
}
