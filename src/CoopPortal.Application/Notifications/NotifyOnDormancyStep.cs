using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a dormancy case moves, in the step's own save (in the portal, and by e-mail through the stored
/// notification's dispatch): the cooperative's managers (those with an account) when the case opens and when it is
/// decided; whoever opened the case when the managers answer.
/// </summary>
public sealed class NotifyOnDormancyStep(IStaffDirectory staff) : IDomainEventHandler<DormancyStepTaken>
{
    public const string OpenedTitle = "اخطاریه رکود برای تعاونی صادر شد";

    public async Task HandleAsync(DormancyStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var dormancyCase = domainEvent.Case;
        var link = $"dormancy/{dormancyCase.Id}";
        if (domainEvent.Action == DormancyAction.Answer)
        {
            db.Notifications.Add(new Notification(dormancyCase.OpenedByUserId, "پاسخ تعاونی به اخطاریه رکود",
                $"مدیران «{dormancyCase.CooperativeName}» به اخطاریه رکود پاسخ دادند: {DormancyText.Title(dormancyCase.Answer!.Value)}.",
                $"office/{link}", domainEvent.AtUtc));
            return;
        }

        var (title, body) = domainEvent.Action switch
        {
            DormancyAction.Open => (OpenedTitle,
                $"اداره کل تعاون برای «{dormancyCase.CooperativeName}» پرونده رکود گشود. تا {PersianFormat.LongDate(dormancyCase.DeadlineOn)} خوداظهاری‌های معوق را ارسال کنید، مجمع عمومی عادی را برگزار و ثبت کنید و به اخطاریه پاسخ دهید."),
            DormancyAction.Revive => ("تعاونی احیا شد", $"پرونده رکود «{dormancyCase.CooperativeName}» با احیای تعاونی بسته شد."),
            DormancyAction.PursueDissolution => ("تصمیم به پیگیری انحلال تعاونی",
                $"مدیر اداره کل تعاون برای «{dormancyCase.CooperativeName}» پیگیری انحلال را تصمیم گرفت. مبنای قانونی: {dormancyCase.LegalGroundLine}"),
            _ => ("پرونده رکود بسته شد", $"پرونده رکود «{dormancyCase.CooperativeName}» بسته شد. دلیل: {dormancyCase.DecisionText}"),
        };
        var codes = await db.Cooperatives.AsNoTracking().Where(c => c.Id == dormancyCase.CooperativeId)
            .SelectMany(c => c.Managers.Select(m => m.NationalCode)).ToListAsync(cancellationToken);
        var managers = await staff.UserIdsByNationalCodesAsync(codes, cancellationToken);
        db.Notifications.AddRange(managers.Distinct().Select(manager => new Notification(manager, title, body, link, domainEvent.AtUtc)));
    }
}
