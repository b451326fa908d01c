namespace CoopPortal.Domain.Common;

/// <summary>One step already taken on a case: the action's name and who took it.</summary>
public sealed record CaseStep(string Action, string UserId);
