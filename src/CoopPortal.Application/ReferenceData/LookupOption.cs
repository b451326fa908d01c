namespace CoopPortal.Application.ReferenceData;

/// <param name="IsActive">False for an entry an administrator retired: kept on old records, not offered for new ones.</param>
public sealed record LookupOption(int Id, string Title, bool IsActive = true);
