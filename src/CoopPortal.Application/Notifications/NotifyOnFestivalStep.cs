using System.Globalization;
using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a festival moves, in the step's own save: the heads of the province when the shortlist is
/// sent to them, the reviewer who sent it when it comes back, and each winner's managers (those with an account) when
/// the head confirms the winners — in the app and, as every notification, by e-mail.
/// </summary>
public sealed class NotifyOnFestivalStep(IStaffDirectory staff) : IDomainEventHandler<FestivalStepTaken>
{
    public async Task HandleAsync(FestivalStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var festival = domainEvent.Festival;
        var year = PersianFormat.Digits(festival.FiscalYear.ToString(CultureInfo.InvariantCulture));
        var link = $"office/festival/{festival.Id}";
        switch (domainEvent.Action)
        {
            case FestivalAction.SubmitShortlist:
                foreach (var head in await staff.HeadsForAsync(festival.ProvinceId, null, cancellationToken))
                {
                    db.Notifications.Add(new Notification(head, "فهرست نامزدهای جشنواره رسید", $"فهرست نامزدهای جشنواره تعاونی‌های برتر سال {year} برای تأیید برگزیدگان فرستاده شد.", link, domainEvent.AtUtc));
                }

                break;
            case FestivalAction.SendBack:
                if (festival.Events.LastOrDefault(e => e.Action == FestivalAction.SubmitShortlist)?.ActorUserId is { } reviewer)
                {
                    db.Notifications.Add(new Notification(reviewer, "فهرست نامزدهای جشنواره بازگشت", $"فهرست نامزدهای جشنواره سال {year} بازگردانده شد؛ توضیح مدیر را ببینید.", link, domainEvent.AtUtc));
                }

                break;
            case FestivalAction.ConfirmWinners:
                foreach (var winner in festival.Winners)
                {
                    var managers = await db.Cooperatives.Where(c => c.Id == winner.CooperativeId).SelectMany(c => c.Managers.Select(m => m.NationalCode)).ToListAsync(cancellationToken);
                    foreach (var manager in await staff.UserIdsByNationalCodesAsync(managers, cancellationToken))
                    {
                        db.Notifications.Add(new Notification(manager, "برگزیده جشنواره تعاونی‌های برتر",
                            $"{winner.CooperativeName}: در جشنواره تعاونی‌های برتر سال {year}، گرایش «{winner.Orientation}»، برگزیده شد. لوح تقدیر را از کارت تعاونی دریافت کنید.",
                            $"cooperatives/{winner.CooperativeId}", domainEvent.AtUtc));
                    }
                }

                break;
        }
    }
}
