namespace CoopPortal.Domain.Common;

/// <summary>Something that happened to an aggregate that other parts of the portal react to (a notification, a certificate).</summary>
public interface IDomainEvent
{
    DateTime AtUtc { get; }
}

/// <summary>An aggregate that raises domain events; the save that stores it hands them to their handlers.</summary>
public interface IHasDomainEvents
{
    /// <summary>The events raised since the last call, oldest first; the aggregate forgets them.</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();
}

/// <summary>The base of every case's aggregate: it keeps the events it raised until the save takes them.</summary>
public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
