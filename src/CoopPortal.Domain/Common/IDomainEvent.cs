namespace CoopPortal.Domain.Common;

/// <summary>Something that happened to an aggregate that other parts of the portal react to (a notification, a certificate).</summary>
public interface IDomainEvent
{
    DateTime AtUtc { get; }
}
