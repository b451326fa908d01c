namespace CoopPortal.Application.Common.Interfaces;

/// <summary>Where a read-only read was served from.</summary>
public enum ReadSource
{
    /// <summary>The primary: no read replica is configured.</summary>
    Primary,

    /// <summary>The read replica.</summary>
    Replica,

    /// <summary>The primary, because the configured replica is unavailable.</summary>
    PrimaryInsteadOfReplica,
}
