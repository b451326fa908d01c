namespace CoopPortal.Application.Supervision.Documents;

/// <summary>Which printed form of a declaration: the manager's receipt, or the full report with the risk breakdown.</summary>
public enum DeclarationDocumentKind
{
    Receipt,
    Report,
}
