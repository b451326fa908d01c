namespace CoopPortal.Application.Registry.Common;

/// <summary>One line of a case's history as people read it.</summary>
public sealed record CaseEventView(DateTime AtUtc, string Title, string StatusTitle, string? Comment, string? ActorName);
