using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Events;

/// <summary>
/// Reacts to a domain event inside the save that stored it, before that save commits: what it adds to
/// <paramref name="db"/> (a notification, a certificate) is committed with the step, or not at all. Work that must wait
/// for the commit (handing a certificate to the printer) goes to <see cref="IAppDbContext.AfterCommit"/>.
/// Handlers are singletons: they take what they need from the event and the context.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It handles domain events, not .NET events; the name every reader of DDD code expects.")]
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, IAppDbContext db, CancellationToken cancellationToken);
}
