namespace CoopPortal.Domain.Dormancy;

/// <summary>The legal ground the head of office names when pursuing a dormant cooperative's dissolution. Stored by name.</summary>
public enum DissolutionGround
{
    /// <summary>Article 54 of the Cooperative Sector Act: the cooperative stopped complying with the law and its bylaws.</summary>
    Article54,

    /// <summary>No answer to the notice within the period it gave.</summary>
    NoAnswer,

    /// <summary>The managers answered that they refuse to revive the cooperative.</summary>
    ManagersRefused,
}
