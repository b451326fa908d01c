namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>One reference-data change in the audit: who, when, which item, from which value to which.</summary>
public sealed record ReferenceAuditView(DateTime AtUtc, string Actor, string Item, string Description, string? OldValue, string? NewValue);
