namespace CoopPortal.Application.Registry.Import;

/// <summary>One earlier import: when, by whom, which file and how many cooperatives, and of which provinces.</summary>
public sealed record ImportHistoryItem(DateTime AtUtc, string Actor, string Description, string? Provinces);
