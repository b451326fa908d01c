using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Notifications;

namespace CoopPortal.Application.Notifications;

/// <summary>Tells the heads of office of an escalated dormancy case's province or county that its deadline passed, in the mark's own save.</summary>
public sealed class NotifyHeadsOnDormancyEscalation(IStaffDirectory staff) : IDomainEventHandler<DormancyCaseEscalated>
{
    public const string Title = "مهلت پرونده رکود گذشت";

    public async Task HandleAsync(DormancyCaseEscalated domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var dormancyCase = domainEvent.Case;
        var heads = await staff.HeadsForAsync(dormancyCase.ProvinceId, dormancyCase.CountyId, cancellationToken);
        var body = $"مهلت پاسخ پرونده رکود «{dormancyCase.CooperativeName}» در {PersianFormat.LongDate(dormancyCase.DeadlineOn)} گذشت و هنوز تصمیمی گرفته نشده است.";
        db.Notifications.AddRange(heads.Select(head => new Notification(head, Title, body, $"dormancy/{dormancyCase.Id}", domainEvent.AtUtc)));
    }
}
