namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>Uploaded file contents, kept in PostgreSQL with their SHA-256 (see PostgresDocumentStore).</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    public byte[] Content { get; set; } = [];

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
