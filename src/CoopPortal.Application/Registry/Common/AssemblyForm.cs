using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.Common;

/// <summary>What the applicant types on the founding assembly form. The date is Jalali text (Persian or ASCII digits).</summary>
public sealed record AssemblyForm(string? HeldOn, long? CapitalPaid, string? CompanyNationalId, IReadOnlyList<OfficerEntry> Officers);
