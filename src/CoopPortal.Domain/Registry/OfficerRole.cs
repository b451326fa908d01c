namespace CoopPortal.Domain.Registry;

/// <summary>The posts the general assembly and the board fill (domain.md: board, alternates, inspectors, CEO).</summary>
public enum OfficerRole
{
    BoardMember,
    AlternateBoardMember,
    Inspector,
    AlternateInspector,
    Ceo,
}
