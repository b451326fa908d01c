namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

/// <summary>How reads treat the read replica named by <c>ConnectionStrings:ReadOnly</c> (docs/configuration.md).</summary>
public sealed class ReadReplicaOptions
{
    public const string SectionName = "ReadReplica";

    /// <summary>How long reads stay on the primary after the replica failed before it is tried again.</summary>
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>How long opening a connection to the replica may take (the connection string's Timeout is replaced).</summary>
    public int ConnectTimeoutSeconds { get; set; } = 2;
}
