namespace CoopPortal.Domain.Common;

/// <summary>An aggregate that raises domain events; the save that stores it hands them to their handlers.</summary>
public interface IHasDomainEvents
{
    /// <summary>The events raised since the last call, oldest first; the aggregate forgets them.</summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();
}
