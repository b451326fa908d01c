namespace CoopPortal.Application.Administration.Rules;

/// <summary>A rule as the page shows it: its effective value, the configured default and who last changed it.</summary>
public sealed record RuleView(RuleDefinition Rule, int Value, int DefaultValue, bool IsOverridden, string? ChangedBy, DateTime? ChangedAtUtc);
