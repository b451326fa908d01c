namespace CoopPortal.Domain.Formation;

/// <summary>Something that keeps an application from being submitted: where it is and, in Persian, what to do.</summary>
public sealed record Problem(ApplicationSection Section, string Field, string Message);
