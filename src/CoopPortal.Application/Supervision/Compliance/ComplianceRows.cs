namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// How many rows match, the page shown (the last one when the request went past it) and its rows; with the scope's
/// totals when the page has rows (read in the same pass), otherwise null.
/// </summary>
public sealed record ComplianceRows(int Matching, int Page, IReadOnlyList<ComplianceRow> Rows)
{
    public ComplianceCounts? Counts { get; init; }
}
