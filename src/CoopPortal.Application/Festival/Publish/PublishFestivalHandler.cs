using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Publish;

/// <summary>The office puts a festival's confirmed winners on the public page (<see cref="FestivalAction.Publish"/>).</summary>
public sealed class PublishFestivalHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public Task<Result> HandleAsync(Guid festivalId, CancellationToken cancellationToken) =>
        FestivalSteps.TakeAsync(dbFactory, currentUser, festivalId, FestivalAction.Publish, (festival, userId) => festival.Publish(userId, clock.UtcNow), cancellationToken);
}
