using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;

namespace CoopPortal.Application.Notifications;

/// <summary>Tells the heads of office of an escalated application's province that it is overdue, in the mark's own save.</summary>
public sealed class NotifyHeadsOnEscalation(IStaffDirectory staff) : IDomainEventHandler<ApplicationEscalated>
{
    public const string Title = "درخواست دیرکرد دارد";

    public async Task HandleAsync(ApplicationEscalated domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var application = domainEvent.Application;
        if (application.ProvinceId is not { } province)
        {
            return;
        }

        var heads = await staff.HeadsForAsync(province, application.Details.CountyId, cancellationToken);
        var body = $"درخواست {PersianFormat.CodeInText(application.TrackingCode)} {PersianNumbers.Format(domainEvent.DaysWaiting)} روز است در انتظار تصمیم مانده است.";
        db.Notifications.AddRange(heads.Select(head => new Notification(head, Title, body, $"review/{application.Id}", domainEvent.AtUtc)));
    }
}
