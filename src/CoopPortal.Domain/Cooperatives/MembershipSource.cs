namespace CoopPortal.Domain.Cooperatives;

/// <summary>Where the registry learnt of a membership. Stored by name: later sources (an assembly admitting members) are added at the end.</summary>
public enum MembershipSource
{
    /// <summary>A founding member of the formation application whose cooperative the office registered.</summary>
    FoundingApplication,

    /// <summary>A member list imported by an administrator.</summary>
    Import,
}
