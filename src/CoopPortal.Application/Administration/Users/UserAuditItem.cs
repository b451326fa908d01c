namespace CoopPortal.Application.Administration.Users;

public sealed record UserAuditItem(DateTime AtUtc, string ActorName, string Description, string? OldValue, string? NewValue);
