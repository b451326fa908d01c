using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A person who may act for the cooperative on the portal (file its self-declaration), linked by national code: the
/// account with that national code has the cooperative-manager role for it, whenever that account is created.
/// </summary>
public sealed class CooperativeManager
{
    private CooperativeManager()
    {
    }

    internal CooperativeManager(string nationalCode, string fullName, OfficerRole role)
    {
        Id = Guid.NewGuid();
        NationalCode = nationalCode;
        FullName = fullName;
        Role = role;
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string NationalCode { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public OfficerRole Role { get; private set; }
}
