using System.Globalization;
using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a self-declaration moves, in the step's own save: the cooperative's managers (those with an
/// account) on each decision of the office, the reviewer who sent it back when it comes back corrected.
/// </summary>
public sealed class NotifyOnDeclarationStep(IStaffDirectory staff) : IDomainEventHandler<DeclarationStepTaken>
{
    public async Task HandleAsync(DeclarationStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var declaration = domainEvent.Declaration;
        var year = PersianFormat.Digits(declaration.FiscalYear.ToString(CultureInfo.InvariantCulture));
        if (domainEvent.Action == DeclarationAction.Resubmit)
        {
            if (declaration.Events.LastOrDefault(e => e.Action == DeclarationAction.SendBack)?.ActorUserId is { } reviewer)
            {
                db.Notifications.Add(new Notification(reviewer, "خوداظهاری اصلاح‌شده رسید", $"خوداظهاری سال {year} دوباره ارسال شد.",
                    $"office/declarations/{declaration.Id}", domainEvent.AtUtc));
            }

            return;
        }

        (string Title, string Body)? message = domainEvent.Action switch
        {
            DeclarationAction.Accept => ("خوداظهاری پذیرفته شد", $"خوداظهاری سال {year} پذیرفته شد."),
            DeclarationAction.SendBack => ("خوداظهاری برای اصلاح بازگشت", $"خوداظهاری سال {year} برای اصلاح بازگردانده شد؛ توضیح کارشناس را ببینید."),
            DeclarationAction.PlanInspection when declaration.InspectionPlannedOn is { } planned =>
                ("بازدید نظارتی برنامه‌ریزی شد", $"برای خوداظهاری سال {year}، بازدید نظارتی در تاریخ {PersianFormat.Date(planned)} برنامه‌ریزی شد."),
            DeclarationAction.RecordInspection when declaration.InspectedOn is { } visited =>
                ("گزارش بازدید نظارتی ثبت شد", $"گزارش بازدید نظارتی خوداظهاری سال {year} (تاریخ بازدید {PersianFormat.Date(visited)}) ثبت شد."),
            _ => null,
        };
        if (message is not { } m)
        {
            return;
        }

        // Read from the database, not from what the use case happened to load: the name and the managers' national codes.
        var cooperative = await db.Cooperatives.Where(c => c.Id == declaration.CooperativeId)
            .Select(c => new { c.Name, Managers = c.Managers.Select(x => x.NationalCode).ToList() })
            .SingleAsync(cancellationToken);
        var managers = await staff.UserIdsByNationalCodesAsync(cooperative.Managers, cancellationToken);
        foreach (var manager in managers)
        {
            db.Notifications.Add(new Notification(manager, m.Title, $"{cooperative.Name}: {m.Body}", $"declarations/{declaration.Id}", domainEvent.AtUtc));
        }
    }
}
