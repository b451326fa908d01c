namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// Reads the compliance rule over the whole registry set-based (one pass over the cooperatives and their sent
/// declarations of the window), so a country of 200,000 cooperatives is counted and paged without loading it.
/// The rule's parameters come from <see cref="ComplianceQuery"/>; this only counts, orders and pages.
/// </summary>
public interface IComplianceReader
{
    /// <summary>The scope's totals alone (when a page has no rows to carry them).</summary>
    Task<ComplianceCounts> CountAsync(ComplianceWindow window, int? provinceId, int? countyId, CancellationToken cancellationToken);

    /// <summary>How many rows match the request, and its page (possibly dormant first, most years owed, name).</summary>
    Task<ComplianceRows> PageAsync(ComplianceWindow window, int? provinceId, int? countyId, ComplianceRowsRequest request, CancellationToken cancellationToken);
}
