using System.Reflection;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Application.Common.Events;

/// <summary>Hands a domain event to every handler registered for its type, one after another, in registration order.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    public async Task DispatchAsync(IDomainEvent domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
        {
            // Unwrapped, so a handler's DomainException reaches SaveResults as itself (a Persian refusal, not an error).
            await (Task)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [domainEvent, db, cancellationToken], null)!;
        }
    }
}
