namespace CoopPortal.Domain.Assemblies;

/// <summary>The items an assembly's agenda is chosen from; <see cref="Other"/> is a free item.</summary>
public enum AgendaItemKind
{
    ApproveFinancialStatements,
    ElectBoard,
    ElectInspectors,
    ChangeCapital,
    AmendBylaws,
    ChangeAddress,
    ChangeName,
    Dissolve,
    Other,
}
