namespace CoopPortal.Domain.Administration;

/// <summary>What part of the portal an administrative change touched.</summary>
public enum AuditArea
{
    Users,
    Rules,
    ReferenceData,

    /// <summary>The registry itself: an import of existing cooperatives from a file.</summary>
    Registry,
}
