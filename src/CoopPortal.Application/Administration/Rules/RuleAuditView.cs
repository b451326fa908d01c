namespace CoopPortal.Application.Administration.Rules;

/// <summary>One change of a rule in the audit: who, when, from which value to which.</summary>
public sealed record RuleAuditView(DateTime AtUtc, string Actor, string Key, string Title, string? OldValue, string? NewValue, string Description);
