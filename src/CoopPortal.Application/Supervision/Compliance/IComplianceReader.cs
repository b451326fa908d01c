namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// The overdue years to look at: fiscal years <c>LatestDue - Years + 1</c> to <paramref name="LatestDue"/>, all past
/// their due date, and the instant each ends (1 Farvardin of the next year, midnight in Iran, as UTC), oldest first.
/// A cooperative owes the years that end after it was registered: always the newest ones of the window.
/// </summary>
public sealed record ComplianceWindow(int LatestDue, int Years, IReadOnlyList<DateTime> YearEndsUtc)
{
    public int FirstYear => LatestDue - Years + 1;
}

/// <summary>The registry's totals: cooperatives in scope, those owing a declaration, those owing every year of the window.</summary>
public sealed record ComplianceCounts(int Cooperatives, int Overdue, int PossiblyDormant);

/// <summary>
/// What the list needs of one overdue cooperative: the newest <paramref name="Required"/> years of the window are owed;
/// <paramref name="PossiblyDormant"/> when every year of the window is owed and none was sent.
/// </summary>
public sealed record ComplianceRow(Guid Id, string Name, string? RegistrationNumber, int? CountyId, int Required, bool PossiblyDormant, int? LastDeclaredYear);

/// <summary>Which rows to list: possibly dormant only, a name key or a registration number to contain, one page.</summary>
public sealed record ComplianceRowsRequest(bool DormantOnly, string? NameKey, string? RegistrationNumber, int Page, int PageSize);

/// <summary>
/// How many rows match, the page shown (the last one when the request went past it) and its rows; with the scope's
/// totals when the page has rows (read in the same pass), otherwise null.
/// </summary>
public sealed record ComplianceRows(int Matching, int Page, IReadOnlyList<ComplianceRow> Rows)
{
    public ComplianceCounts? Counts { get; init; }
}

/// <summary>
/// Reads the compliance rule over the whole registry set-based (one pass over the cooperatives and their sent
/// declarations of the window), so a country of 200,000 cooperatives is counted and paged without loading it.
/// The rule's parameters come from <see cref="ComplianceQuery"/>; this only counts, orders and pages.
/// </summary>
public interface IComplianceReader
{
    /// <summary>The scope's totals alone (when a page has no rows to carry them).</summary>
    Task<ComplianceCounts> CountAsync(ComplianceWindow window, int? provinceId, CancellationToken cancellationToken);

    /// <summary>How many rows match the request, and its page (possibly dormant first, most years owed, name).</summary>
    Task<ComplianceRows> PageAsync(ComplianceWindow window, int? provinceId, ComplianceRowsRequest request, CancellationToken cancellationToken);
}
