namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>Which rows to list: possibly dormant only, a name key or a registration number to contain, one page.</summary>
public sealed record ComplianceRowsRequest(bool DormantOnly, string? NameKey, string? RegistrationNumber, int Page, int PageSize);
