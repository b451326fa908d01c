namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// The registry's totals: cooperatives in scope, those owing a declaration, those owing every year of the window, and
/// those whose ordinary assembly of the list's fiscal year the portal recorded and confirmed.
/// </summary>
public sealed record ComplianceCounts(int Cooperatives, int Overdue, int PossiblyDormant, int AssemblyHeld);
