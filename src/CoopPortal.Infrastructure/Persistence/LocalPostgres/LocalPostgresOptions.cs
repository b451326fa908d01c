namespace CoopPortal.Infrastructure.Persistence.LocalPostgres;

/// <summary>
/// Settings of the private PostgreSQL cluster the portal starts when no connection string is configured
/// (configuration section "EmbeddedPostgres").
/// </summary>
public sealed class LocalPostgresOptions
{
    public const string SectionName = "EmbeddedPostgres";

    /// <summary>Where the cluster's files live; relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = ".data/postgres";

    /// <summary>The folder holding initdb and pg_ctl; found under /usr/lib/postgresql/*/bin when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The port number; it only names the unix socket, since the cluster listens on no TCP address.</summary>
    public int Port { get; set; } = 5433;

    /// <summary>The database the portal uses inside the cluster; created when missing.</summary>
    public string Database { get; set; } = "coopportal";

    /// <summary>Turns off fsync and friends: for throwaway test clusters only, never for data you keep.</summary>
    public bool Ephemeral { get; set; }
}
