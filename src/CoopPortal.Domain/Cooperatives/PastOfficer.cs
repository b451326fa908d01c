using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// An officer who no longer holds the post: who held which post from when to when, and the general assembly whose
/// confirmed minutes replaced them (the registry keeps the history; the card shows it).
/// </summary>
public sealed class PastOfficer
{
    private PastOfficer()
    {
    }

    internal PastOfficer(CooperativeOfficer officer, DateOnly endedOn, Guid? replacedByAssemblyId)
    {
        Id = Guid.NewGuid();
        Role = officer.Role;
        FullName = officer.FullName;
        NationalCode = officer.NationalCode;
        TermStartsOn = officer.TermStartsOn;
        TermEndsOn = officer.TermEndsOn;
        EndedOn = endedOn;
        ReplacedByAssemblyId = replacedByAssemblyId;
    }

    public Guid Id { get; private set; }

    public OfficerRole Role { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string NationalCode { get; private set; } = string.Empty;

    public DateOnly? TermStartsOn { get; private set; }

    /// <summary>The end of the term they were elected for.</summary>
    public DateOnly? TermEndsOn { get; private set; }

    /// <summary>The day they stopped holding the post (their successor's first day).</summary>
    public DateOnly EndedOn { get; private set; }

    public Guid? ReplacedByAssemblyId { get; private set; }
}
