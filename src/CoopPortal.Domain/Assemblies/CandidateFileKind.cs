namespace CoopPortal.Domain.Assemblies;

/// <summary>The documents a candidate uploads (domain.md: ID, clean criminal record).</summary>
public enum CandidateFileKind
{
    IdCard,
    CriminalRecord,
}
