namespace CoopPortal.Domain.Assemblies;

/// <summary>Where a candidacy stands.</summary>
public enum CandidacyStatus
{
    /// <summary>Registered, waiting for the office's check.</summary>
    Registered,

    Approved,

    Refused,

    /// <summary>The candidate stood down.</summary>
    Withdrawn,
}
