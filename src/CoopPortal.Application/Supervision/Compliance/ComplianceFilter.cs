namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>Which part of the list to show: a province (the country's readers only: the admin, headquarters; office staff get their own), the possibly dormant only, a name or registration number, a page.</summary>
public sealed record ComplianceFilter(int? ProvinceId = null, bool DormantOnly = false, string? Search = null, int Page = 1);
