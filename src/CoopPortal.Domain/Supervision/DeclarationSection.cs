namespace CoopPortal.Domain.Supervision;

/// <summary>The parts of the self-declaration the manager confirms one by one.</summary>
public enum DeclarationSection
{
    Members,
    Finances,
    Assemblies,
    Officers,
    InspectorsReport,
    Compliance,
    Activity,
}
