using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>One officer of a registered cooperative, with the term in force.</summary>
public sealed class CooperativeOfficer
{
    private CooperativeOfficer()
    {
    }

    internal CooperativeOfficer(OfficerEntry entry)
    {
        Id = Guid.NewGuid();
        Role = entry.Role;
        FullName = entry.FullName;
        NationalCode = entry.NationalCode;
        TermStartsOn = entry.TermStartsOn;
        TermEndsOn = entry.TermEndsOn;
    }

    public Guid Id { get; private set; }

    public OfficerRole Role { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string NationalCode { get; private set; } = string.Empty;

    public DateOnly? TermStartsOn { get; private set; }

    public DateOnly? TermEndsOn { get; private set; }

    public OfficerEntry ToEntry() => new(Role, FullName, NationalCode, TermStartsOn, TermEndsOn);
}
