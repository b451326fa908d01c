namespace CoopPortal.Domain.Cooperatives;

/// <summary>Where a registry entry came from.</summary>
public enum CooperativeSource
{
    /// <summary>Formed through the portal: its founding assembly was confirmed here.</summary>
    Portal,

    /// <summary>Registered before the portal and imported by an administrator.</summary>
    Imported,
}
