namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>The registry's totals: cooperatives in scope, those owing a declaration, those owing every year of the window.</summary>
public sealed record ComplianceCounts(int Cooperatives, int Overdue, int PossiblyDormant);
