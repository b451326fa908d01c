namespace CoopPortal.Domain.ReferenceData;

/// <summary>Type by activity: production, distribution, multi-purpose (domain.md).</summary>
public sealed class ActivityType(int id, string code, string title, int sortOrder) : LookupItem(id, code, title, sortOrder);
