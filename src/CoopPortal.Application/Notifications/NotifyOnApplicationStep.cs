using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Notifications;

/// <summary>Tells the people concerned about a formation step (<see cref="FormationNotifications"/> says who and what), in the step's own save.</summary>
public sealed class NotifyOnApplicationStep : IDomainEventHandler<ApplicationStepTaken>
{
    public Task HandleAsync(ApplicationStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        db.Notifications.AddRange(FormationNotifications.After(domainEvent.Application, domainEvent.Action, domainEvent.AtUtc));
        return Task.CompletedTask;
    }
}
